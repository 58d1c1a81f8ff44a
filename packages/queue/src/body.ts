import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';

/**
 * A page body as carried in a job: gzip-compressed and base64-encoded, so that a 300 KB page costs
 * Redis about 60 KB instead of being copied around as text.
 */
export const compressedBodySchema = z.object({
  encoding: z.literal('gzip+base64'),
  data: z.string().min(1),
  /** Size of the uncompressed body in bytes. */
  bytes: z.number().int().nonnegative(),
});

export type CompressedBody = z.infer<typeof compressedBodySchema>;

export function compressBody(text: string): CompressedBody {
  const raw = Buffer.from(text, 'utf8');
  return { encoding: 'gzip+base64', data: gzipSync(raw).toString('base64'), bytes: raw.length };
}

export function decompressBody(body: CompressedBody): string {
  return gunzipSync(Buffer.from(body.data, 'base64')).toString('utf8');
}
