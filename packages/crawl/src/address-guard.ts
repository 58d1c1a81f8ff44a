import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a crawler must not reach on the open web: loopback, private, link-local, CGNAT, multicast,
 * unspecified, reserved and cloud-metadata ranges, IPv4 and IPv6 alike.
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** The IPv4 address inside an IPv4-mapped IPv6 address ("::ffff:127.0.0.1"), if it is one. */
function mappedIpv4(address: string): string | null {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1] ?? null;
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const high = Number.parseInt(hex[1] ?? '0', 16);
  const low = Number.parseInt(hex[2] ?? '0', 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

export function isBlockedAddress(address: string): boolean {
  const mapped = mappedIpv4(address);
  if (mapped) return blocked.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) return blocked.check(address, 'ipv6');
  return true;
}

export interface AddressGuardOptions {
  /** Hosts allowed to be private or loopback (local sites, tests). */
  allowHosts: readonly string[];
  resolve?: (host: string) => Promise<string[]>;
}

const resolveAll = async (host: string) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * A `checkUrl` hook for `fetchResource`: refuses URLs whose host resolves to an address that is not
 * public, unless the host is allowlisted. The WHATWG URL parser has already turned decimal, octal and
 * hex IPv4 spellings ("http://2130706433/", "http://0177.0.0.1/") into dotted form.
 */
export function createAddressGuard(options: AddressGuardOptions): (url: URL) => Promise<void> {
  const allowed = new Set(options.allowHosts.map((h) => h.toLowerCase()));
  const resolve = options.resolve ?? resolveAll;
  return async (url) => {
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (allowed.has(host)) return;
    const addresses = isIP(host) ? [host] : await resolve(host);
    const bad = addresses.find(isBlockedAddress);
    if (bad !== undefined)
      throw new Error(
        `${host} resolves to ${bad}, a private or reserved address (allow it with ASSAY_ALLOW_HOSTS)`,
      );
  };
}
