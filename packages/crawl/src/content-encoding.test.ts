import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentCodings, decodeContent, gunzipIfGzipFile } from './content-encoding.js';

describe('contentCodings', () => {
  it('lists the codings to undo, last applied first, without identity', () => {
    expect(contentCodings(undefined)).toEqual([]);
    expect(contentCodings('identity')).toEqual([]);
    expect(contentCodings('GZIP')).toEqual(['gzip']);
    expect(contentCodings('x-gzip')).toEqual(['gzip']);
    expect(contentCodings('deflate, br')).toEqual(['br', 'deflate']);
    expect(() => contentCodings('gzip, compress')).toThrow('unsupported content encoding: compress');
  });
});

describe('decodeContent', () => {
  it('inflates only as far as the consumer reads: a bomb is never expanded in full', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024), { level: 9 });
    let pulled = 0;
    const source = (async function* () {
      for (let offset = 0; offset < bomb.length; offset += 1024) {
        pulled += 1;
        yield bomb.subarray(offset, offset + 1024);
      }
    })();
    let decoded = 0;
    for await (const chunk of decodeContent(source, ['gzip'])) {
      decoded += chunk.length;
      if (decoded > 1024 * 1024) break;
    }
    const totalChunks = Math.ceil(bomb.length / 1024);
    expect(totalChunks).toBeGreaterThan(40);
    // About 1 KB of this bomb inflates to 1 MB. Stream buffers read some 16 KB of input ahead, whatever
    // the bomb's size; a decoder that ran ahead would have pulled all of it.
    expect(pulled).toBeLessThan(25);
    expect(decoded).toBeLessThan(2 * 1024 * 1024);
  });

  it('leaves an empty body empty', async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of decodeContent((async function* () {})(), ['gzip', 'br'])) chunks.push(chunk);
    expect(chunks).toEqual([]);
  });
});

describe('gunzipIfGzipFile', () => {
  async function collect(chunks: Buffer[]): Promise<string> {
    const out: Buffer[] = [];
    for await (const chunk of gunzipIfGzipFile(
      (async function* () {
        yield* chunks;
      })(),
    ))
      out.push(chunk);
    return Buffer.concat(out).toString();
  }

  it('gunzips by the magic number, even when it arrives one byte at a time', async () => {
    const file = gzipSync('<urlset/>');
    expect(await collect([file])).toBe('<urlset/>');
    expect(await collect([...file].map((byte) => Buffer.from([byte])))).toBe('<urlset/>');
  });

  it('passes through what is not gzip, short and empty bodies included', async () => {
    expect(await collect([Buffer.from('<url'), Buffer.from('set/>')])).toBe('<urlset/>');
    expect(await collect([Buffer.from('<')])).toBe('<');
    expect(await collect([])).toBe('');
  });
});
