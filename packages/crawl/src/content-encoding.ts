import { pipeline, Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

/** The Accept-Encoding a fetch sends: what `decodeContent` can undo. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** A Content-Encoding this module cannot decode. */
export class UnsupportedEncodingError extends Error {}

/**
 * The codings of a Content-Encoding header in the order they must be undone (the last applied first),
 * without `identity`. Throws UnsupportedEncodingError for a coding other than gzip, deflate or br.
 */
export function contentCodings(header: string | undefined): string[] {
  if (header === undefined) return [];
  const codings = header
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity')
    .map((coding) => (coding === 'x-gzip' ? 'gzip' : coding));
  for (const coding of codings) {
    if (coding !== 'gzip' && coding !== 'deflate' && coding !== 'br') {
      throw new UnsupportedEncodingError(`unsupported content encoding: ${coding}`);
    }
  }
  return codings.reverse();
}

/** A zlib stream (two bytes: CMF, FLG) rather than raw deflate, which some servers send as "deflate". */
function isZlibHeader(chunk: Buffer): boolean {
  const cmf = chunk[0];
  const flg = chunk[1];
  if (cmf === undefined || flg === undefined) return false;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

function decoderFor(coding: string, firstChunk: Buffer): Transform {
  if (coding === 'gzip') return createGunzip();
  if (coding === 'br') return createBrotliDecompress();
  return isZlibHeader(firstChunk) ? createInflate() : createInflateRaw();
}

/** The rest of an iterator as an iterable whose early exit closes the iterator. */
function restOf<T>(iterator: AsyncIterator<T>): AsyncIterable<T> {
  return { [Symbol.asyncIterator]: () => iterator };
}

/**
 * Undo one content coding while streaming. Nothing is decoded ahead of what the consumer pulls, so a
 * consumer that stops (a size cap) stops the inflation: a compression bomb is never expanded in full.
 * An empty body stays empty (no "unexpected end of file").
 */
function decodeOne(source: AsyncIterable<Buffer>, coding: string): AsyncIterable<Buffer> {
  return (async function* () {
    const iterator = source[Symbol.asyncIterator]();
    let first = await iterator.next();
    while (!first.done && first.value.length === 0) first = await iterator.next();
    if (first.done) return;
    const head = first.value;
    const decoder = decoderFor(coding, head);
    const input = Readable.from(
      (async function* () {
        yield head;
        yield* restOf(iterator);
      })(),
      { objectMode: false },
    );
    // Errors on either side destroy both; the decoder's error then ends the loop below.
    pipeline(input, decoder, () => {});
    try {
      for await (const chunk of decoder) yield chunk as Buffer;
    } finally {
      input.destroy();
      decoder.destroy();
    }
  })();
}

/**
 * Gunzip a streamed body that is itself a gzip file (its first two bytes are gzip's magic number), such
 * as a `sitemap.xml.gz` served as `application/gzip` rather than with a Content-Encoding. Any other body
 * passes through unchanged. Like `decodeContent`, it inflates only as far as the consumer reads.
 */
export function gunzipIfGzipFile(source: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  return (async function* () {
    const iterator = source[Symbol.asyncIterator]();
    const head: Buffer[] = [];
    let headBytes = 0;
    while (headBytes < 2) {
      const next = await iterator.next();
      if (next.done) break;
      head.push(next.value);
      headBytes += next.value.length;
    }
    const start = Buffer.concat(head, headBytes);
    const whole = (async function* () {
      if (start.length > 0) yield start;
      yield* restOf(iterator);
    })();
    yield* start[0] === 0x1f && start[1] === 0x8b ? decodeOne(whole, 'gzip') : whole;
  })();
}

/** Undo the content codings (as returned by `contentCodings`) of a streamed body. */
export function decodeContent(
  source: AsyncIterable<Buffer>,
  codings: readonly string[],
): AsyncIterable<Buffer> {
  let decoded = source;
  for (const coding of codings) decoded = decodeOne(decoded, coding);
  return decoded;
}
