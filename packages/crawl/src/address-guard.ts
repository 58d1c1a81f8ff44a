import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Whether an address is anything but a public unicast one: loopback, private, link-local, CGNAT,
 * multicast, broadcast, unspecified, documentation, benchmarking and every other reserved range, IPv4 and
 * IPv6 alike, from ipaddr.js's table of IANA special-purpose ranges. IPv4-mapped IPv6 is judged by its
 * IPv4 address. IPv6 forms that carry an IPv4 address a gateway may reach on our behalf are refused
 * whole: IPv4-compatible (`::127.0.0.1`, deprecated and never on the public internet), NAT64
 * (64:ff9b::/96 and the local-use 64:ff9b:1::/48), 6to4 and Teredo. Anything unparseable is refused.
 */
export function isBlockedAddress(address: string): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, ''));
  } catch {
    return true;
  }
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range() !== 'unicast';
    // ::/96: IPv4-compatible addresses (ipaddr.js calls them unicast).
    if (v6.parts.slice(0, 6).every((part) => part === 0)) return true;
  }
  return parsed.range() !== 'unicast';
}

/**
 * Host:port pairs allowed to be private or loopback (local sites, tests): `host:port`, `[v6]:port`, or
 * `host:*` for every port of a host (which lets a webhook or a page reach Redis or PostgreSQL there).
 */
export interface AllowList {
  allows(host: string, port: number): boolean;
}

/** `host:port`, `[v6]:port` or `host:*`, lowercased; null when the entry is not of that form. */
export function parseAllowEntry(entry: string): { host: string; port: number | '*' } | null {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]\s]+):(\*|\d{1,5})$/i.exec(entry.trim());
  if (!match?.[1] || !match[2]) return null;
  const port = match[2] === '*' ? '*' : Number(match[2]);
  if (port !== '*' && (port < 1 || port > 65535)) return null;
  return { host: match[1].replace(/^\[|\]$/g, '').toLowerCase(), port };
}

/** An allow list of `host:port` entries, and of hosts with every port (`anyPort`, the older form). */
export function createAllowList(entries: readonly string[] = [], anyPort: readonly string[] = []): AllowList {
  const pairs = new Set<string>();
  const hosts = new Set(anyPort.map((host) => host.toLowerCase().replace(/^\[|\]$/g, '')));
  for (const entry of entries) {
    const parsed = parseAllowEntry(entry);
    if (!parsed) throw new Error(`allow list entry "${entry}" is not host:port (or host:* for every port)`);
    if (parsed.port === '*') hosts.add(parsed.host);
    else pairs.add(`${parsed.host} ${parsed.port}`);
  }
  return {
    allows: (host, port) => {
      const h = host.toLowerCase().replace(/^\[|\]$/g, '');
      return hosts.has(h) || pairs.has(`${h} ${port}`);
    },
  };
}

/** The port a URL connects to: its own, or its scheme's default. */
export function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

export interface AddressGuardOptions {
  /** `host:port` entries allowed to be private or loopback. */
  allow?: readonly string[];
  /** Hosts allowed to be private or loopback on every port (the older form; tests). */
  allowHosts?: readonly string[];
  resolve?: (host: string) => Promise<string[]>;
}

const resolveAll = async (host: string) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * A `checkUrl` hook: refuses URLs whose host resolves to an address that is not public, unless the
 * host and port are allowlisted. The WHATWG URL parser has already turned decimal, octal and hex IPv4
 * spellings ("http://2130706433/", "http://0177.0.0.1/") into dotted form.
 */
export function createAddressGuard(options: AddressGuardOptions): (url: URL) => Promise<void> {
  const allowed = createAllowList(options.allow, options.allowHosts);
  const resolve = options.resolve ?? resolveAll;
  return async (url) => {
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (allowed.allows(host, portOf(url))) return;
    const addresses = isIP(host) ? [host] : await resolve(host);
    const bad = addresses.find(isBlockedAddress);
    if (bad !== undefined)
      throw new Error(
        `${host} resolves to ${bad}, a private or reserved address (allow it with ASSAY_CRAWL_ALLOW)`,
      );
  };
}

/**
 * Names that only mean something inside a network, or are reserved and never public (RFC 6761's
 * test, example, invalid and localhost; RFC 6762's local; .internal, RFC 8375's home.arpa).
 */
const LOCAL_NAME =
  /(?:^|\.)(?:localhost|local|localdomain|internal|intranet|lan|home\.arpa|corp|test|example|invalid)$/i;

/**
 * A check that needs no DNS: for URLs given by API callers (webhooks), whose errors the caller reads.
 * Resolving the caller's names would tell them what our resolver knows (which internal names exist and
 * where they point), so only what the URL itself says is judged: an IP literal that is not public, or
 * a name that is local by its form (one label, `localhost`, `.local`, `.internal`, ...), is refused
 * with "not a public address". Names resolving to private addresses are refused when connecting, by
 * the guarded dispatcher. Allowlisted host:port pairs pass.
 */
export function createPublicUrlCheck(options: {
  allow?: readonly string[];
  allowHosts?: readonly string[];
}): (url: URL) => Promise<void> {
  const allowed = createAllowList(options.allow, options.allowHosts);
  return async (url) => {
    const host = url.hostname
      .replace(/^\[|\]$/g, '')
      .replace(/\.+$/, '')
      .toLowerCase();
    if (allowed.allows(host, portOf(url))) return;
    const local = isIP(host) ? isBlockedAddress(host) : !host.includes('.') || LOCAL_NAME.test(host);
    if (local) throw new Error('not a public address');
  };
}
