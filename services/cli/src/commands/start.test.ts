import { describe, expect, it } from 'vitest';
import { bannerLines, serverUrls } from './start.js';

describe('what assay start prints once it listens', () => {
  it('gives the real address and the web UI, the API and its reference', () => {
    expect(bannerLines('127.0.0.1', 8080)).toEqual([
      'listening on 127.0.0.1 port 8080',
      'web UI  http://127.0.0.1:8080/',
      'API     http://127.0.0.1:8080/v1 (reference http://127.0.0.1:8080/docs); pipeline health http://127.0.0.1:8080/health (operator key)',
    ]);
  });

  it('says so when it listens on every interface, and is reached on loopback from this machine', () => {
    expect(bannerLines('0.0.0.0', 9000)[0]).toBe(
      'listening on 0.0.0.0 port 9000 (every interface: reachable from other machines)',
    );
    expect(serverUrls('0.0.0.0', 9000)).toEqual({ local: 'http://127.0.0.1:9000', everywhere: true });
    expect(serverUrls('::', 9000)).toEqual({ local: 'http://[::1]:9000', everywhere: true });
    expect(serverUrls('::1', 9000)).toEqual({ local: 'http://[::1]:9000', everywhere: false });
    expect(serverUrls('192.168.1.20', 9000).local).toBe('http://192.168.1.20:9000');
    expect(bannerLines('::1', 9000)[0]).toBe('listening on [::1] port 9000');
  });
});
