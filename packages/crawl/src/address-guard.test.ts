import { describe, expect, it } from 'vitest';
import { createAddressGuard, isBlockedAddress } from './address-guard.js';

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

  it('lets allowlisted hosts through', async () => {
    const guard = createAddressGuard({ allowHosts: ['127.0.0.1', 'Intranet.Example'], resolve });
    await expect(guard(new URL('http://127.0.0.1:8080/'))).resolves.toBeUndefined();
    await expect(guard(new URL('http://intranet.example/'))).resolves.toBeUndefined();
  });
});
