import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { createAllowList, isBlockedAddress } from './address-guard.js';

/** Refused to connect: the host resolves to (or is) a private or reserved address. */
export class AddressRefusedError extends Error {
  readonly code = 'ERR_ASSAY_ADDRESS_REFUSED';
  override readonly name = 'AddressRefusedError';
}

export interface GuardedDispatcherOptions {
  /**
   * `host:port` entries (names or IP literals, `[v6]:port`; `host:*` for every port) allowed to be
   * private or loopback: local sites. Only that port: an allowed local site does not open the host's
   * other services (Redis, PostgreSQL, the API itself).
   */
  allow?: readonly string[];
  /** Hosts allowed to be private or loopback on every port (the older form; tests). */
  allowHosts?: readonly string[];
  /**
   * The refusal's message. Default: names the host, the address and the setting (`setting`), for
   * operators; webhook delivery logs, which subscribers read, say only "not a public address".
   */
  refusalMessage?: (host: string, address: string) => string;
  /** The setting named in the default refusal message (default ASSAY_CRAWL_ALLOW). */
  setting?: string;
  /** DNS resolution, all addresses of a host name; default: the system resolver (`dns.lookup`). */
  resolve?: (host: string) => Promise<string[]>;
  /** Which addresses are refused; default `isBlockedAddress`. A stricter policy can add ranges. */
  isBlocked?: (address: string) => boolean;
  /** How long a TCP connect (and TLS handshake) may take. Default: undici's 10 s. */
  connectTimeoutMs?: number;
  /** Passed to the undici Agent (keep-alive, pipelining, connections per origin, ...). */
  agentOptions?: Omit<Agent.Options, 'connect'>;
}

function defaultRefusal(setting: string) {
  return (host: string, address: string) => {
    const target = host === address ? host : `${host} resolves to ${address}`;
    return `${target}, a private or reserved address (allow it with ${setting})`;
  };
}

const systemResolve = (host: string, family?: number, hints?: number): Promise<LookupAddress[]> =>
  new Promise((resolve, reject) => {
    dnsLookup(host, { all: true, verbatim: true, family: family ?? 0, hints }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    );
  });

/**
 * An undici Agent for `fetchResource({ dispatcher })` that resolves each host name once, refuses it when
 * any of its addresses is private or reserved (unless the host is allowlisted), and hands exactly the
 * checked addresses to the socket: there is no second resolution for DNS rebinding to slip into.
 * IP-literal hosts are checked in the connector too (no lookup happens for them). The refusal surfaces
 * from `fetchResource` as `error: "refused: <reason>"`.
 */
export function createGuardedDispatcher(options: GuardedDispatcherOptions): Agent {
  const isBlocked = options.isBlocked ?? isBlockedAddress;
  const allowed = createAllowList(options.allow, options.allowHosts);
  const message = options.refusalMessage ?? defaultRefusal(options.setting ?? 'ASSAY_CRAWL_ALLOW');
  const refusal = (host: string, address: string) => new AddressRefusedError(message(host, address));

  /** `checked`: refuse private addresses (the host:port is not allowlisted). */
  const lookupWith =
    (checked: boolean): LookupFunction =>
    (hostname, lookupOptions, callback) => {
      const host = hostname.toLowerCase();
      const resolved: Promise<LookupAddress[]> =
        options.resolve === undefined
          ? systemResolve(host, lookupOptions.family as number | undefined, lookupOptions.hints)
          : options
              .resolve(host)
              .then((addresses) =>
                addresses.map((address) => ({ address, family: isIP(address) === 6 ? 6 : 4 })),
              );
      resolved.then(
        (addresses) => {
          if (addresses.length === 0) {
            const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${host}`);
            error.code = 'ENOTFOUND';
            callback(error, '', 0);
            return;
          }
          if (checked) {
            const bad = addresses.find((entry) => isBlocked(entry.address));
            if (bad !== undefined) {
              callback(refusal(host, bad.address), '', 0);
              return;
            }
          }
          if (lookupOptions.all) {
            (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
          } else {
            const [first] = addresses as [LookupAddress];
            callback(null, first.address, first.family);
          }
        },
        (error: NodeJS.ErrnoException) => callback(error, '', 0),
      );
    };

  const timeout = options.connectTimeoutMs === undefined ? {} : { timeout: options.connectTimeoutMs };
  const guarded = buildConnector({ lookup: lookupWith(true), ...timeout });
  const open = buildConnector({ lookup: lookupWith(false), ...timeout });
  const connect: buildConnector.connector = (connectOptions, callback) => {
    // The lookup does not know the port, so the allow list is read here and picks the connector.
    // No lookup happens for an IP literal, so it is checked here too. The URL parser has already turned
    // decimal, octal and hex IPv4 spellings into dotted form, and undici hands IPv6 without brackets.
    const host = connectOptions.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = Number(connectOptions.port) || (connectOptions.protocol === 'https:' ? 443 : 80);
    if (allowed.allows(host, port)) {
      open(connectOptions, callback);
      return;
    }
    if (isIP(host) !== 0 && isBlocked(host)) {
      callback(refusal(host, host), null);
      return;
    }
    guarded(connectOptions, callback);
  };
  return new Agent({ ...options.agentOptions, connect });
}
