import { describe, expect, it } from 'vitest';
import {
  createAddressGuard,
  createAllowList,
  createPublicUrlCheck,
  isBlockedAddress,
  parseAllowEntry,
} from './address-guard.js';

describe('isBlockedAddress', () => {
  it('blocks loopback, private, link-local, CGNAT, multicast, unspecified and metadata addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '224.0.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      // Issue 12: these passed. IPv4-compatible (the URL parser writes [::127.0.0.1] as ::7f00:1) and
      // NAT64, well-known and local-use prefixes.
      '::127.0.0.1',
      '::7f00:1',
      '64:ff9b::7f00:1',
      '64:ff9b:1::a00:5',
      // 6to4 and Teredo carry an IPv4 address a relay reaches for us; site-local, ORCHID, discard.
      '2002:7f00:1::1',
      '2001::1',
      'fec0::1',
      '2001:20::1',
      '100::1',
      // Documentation, benchmarking, broadcast and the rest of the reserved IPv4 space.
      '192.0.2.1',
      '198.51.100.1',
      '203.0.113.7',
      '198.18.0.1',
      '192.0.0.8',
      '240.0.0.1',
      '255.255.255.255',
      '2001:db8::1',
      '3fff::1',
      'not-an-address',
    ]) {
      expect(isBlockedAddress(address), address).toBe(true);
    }
  });

  it('lets public addresses through', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      expect(isBlockedAddress(address), address).toBe(false);
    }
  });
});

describe('createAddressGuard', () => {
  const resolve = async (host: string) =>
    ({ 'intranet.example': ['10.0.0.5'], 'news.example': ['93.184.216.34'] })[host] ?? [];

  it('refuses hosts that resolve to private addresses, and IP spellings of loopback', async () => {
    const guard = createAddressGuard({ allowHosts: [], resolve });
    await expect(guard(new URL('http://intranet.example/a'))).rejects.toThrow(
      /10\.0\.0\.5, a private or reserved address/,
    );
    await expect(guard(new URL('http://2130706433/'))).rejects.toThrow(/127\.0\.0\.1/);
    await expect(guard(new URL('http://0177.0.0.1/'))).rejects.toThrow(/127\.0\.0\.1/);
    await expect(guard(new URL('http://[::ffff:127.0.0.1]/'))).rejects.toThrow(/private or reserved/);
    await expect(guard(new URL('http://news.example/a'))).resolves.toBeUndefined();
  });

  it('lets allowlisted host:port pairs through, on their port only', async () => {
    const guard = createAddressGuard({ allow: ['127.0.0.1:8080', 'intranet.example:*'], resolve });
    await expect(guard(new URL('http://127.0.0.1:8080/'))).resolves.toBeUndefined();
    await expect(guard(new URL('http://127.0.0.1:6379/'))).rejects.toThrow(/ASSAY_CRAWL_ALLOW/);
    await expect(guard(new URL('http://intranet.example:5432/'))).resolves.toBeUndefined();
  });

  it('lets allowlisted hosts through', async () => {
    const guard = createAddressGuard({ allowHosts: ['127.0.0.1', 'Intranet.Example'], resolve });
    await expect(guard(new URL('http://127.0.0.1:8080/'))).resolves.toBeUndefined();
    await expect(guard(new URL('http://intranet.example/'))).resolves.toBeUndefined();
  });
});

describe('allow lists', () => {
  it('reads host:port, [v6]:port and host:* entries, and nothing else', () => {
    expect(parseAllowEntry('LocalHost:8080')).toEqual({ host: 'localhost', port: 8080 });
    expect(parseAllowEntry('[::1]:443')).toEqual({ host: '::1', port: 443 });
    expect(parseAllowEntry('10.0.0.5:*')).toEqual({ host: '10.0.0.5', port: '*' });
    for (const bad of ['127.0.0.1', 'host:0', 'host:70000', 'host:', ':80', '::1:80']) {
      expect(parseAllowEntry(bad), bad).toBeNull();
    }
    expect(() => createAllowList(['127.0.0.1'])).toThrow(/not host:port/);
    const list = createAllowList(['127.0.0.1:8080']);
    expect(list.allows('127.0.0.1', 8080)).toBe(true);
    expect(list.allows('127.0.0.1', 6379)).toBe(false);
  });
});

describe('createPublicUrlCheck', () => {
  it('refuses private literals and local names without resolving anything', async () => {
    const check = createPublicUrlCheck({ allow: ['127.0.0.1:9000'] });
    for (const url of [
      'http://127.0.0.1:6379/',
      'http://[::127.0.0.1]/',
      'http://[64:ff9b:1::a00:5]/',
      'http://10.0.0.5/',
      'http://localhost:5432/',
      'http://redis/',
      'http://db.internal/',
      'http://printer.local./',
    ]) {
      await expect(check(new URL(url)), url).rejects.toThrow(/^not a public address$/);
    }
    // A public-looking name is not resolved here (the caller would learn what our DNS says); the
    // delivery's connection refuses it if it turns out private.
    await expect(check(new URL('https://hooks.example.com/x'))).resolves.toBeUndefined();
    await expect(check(new URL('http://127.0.0.1:9000/'))).resolves.toBeUndefined();
  });
});
