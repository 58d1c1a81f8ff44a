import { opendir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Agent, interceptors, request } from 'undici';

/** Pages and files larger than this are refused rather than parsed. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export type InputKind = 'html' | 'text';

export interface LoadedInput {
  input: string;
  kind: InputKind;
  content: string;
  /** The URL the content was fetched from, after redirects; null for files. */
  url: string | null;
}

export interface FailedInput {
  input: string;
  error: string;
}

export type InputResult = ({ ok: true } & LoadedInput) | ({ ok: false } & FailedInput);

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/**
 * Expands the command line's inputs (files, directories read recursively, URLs) into loaded documents,
 * one at a time, in order. A bad input yields a failure naming it; the others still load.
 */
export async function* loadInputs(
  inputs: readonly string[],
  stdin: AsyncIterable<Buffer | string> = process.stdin,
): AsyncGenerator<InputResult> {
  for (const input of inputs) {
    if (input === '-') {
      yield await loadStream('-', stdin);
      continue;
    }
    if (isUrl(input)) {
      yield await loadUrl(input);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch (error) {
      yield { ok: false, input, error: describeFsError(error) };
      continue;
    }
    if (info.isDirectory()) {
      let found = 0;
      for await (const file of walk(input)) {
        found++;
        yield await loadFile(file);
      }
      if (found === 0) yield { ok: false, input, error: 'directory has no .html, .htm or .txt files' };
    } else {
      yield await loadFile(input);
    }
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries: { name: string; isDirectory: boolean }[] = [];
  for await (const entry of await opendir(dir)) {
    entries.push({ name: entry.name, isDirectory: entry.isDirectory() });
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory) yield* walk(path);
    else if (
      HTML_EXTENSIONS.has(extname(entry.name).toLowerCase()) ||
      TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())
    ) {
      yield path;
    }
  }
}

async function loadFile(path: string): Promise<InputResult> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.size > MAX_INPUT_BYTES)
      return { ok: false, input: path, error: `file is ${formatBytes(info.size)}, over the 10 MB limit` };
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, input: path, error: describeFsError(error) };
  }
  const extension = extname(path).toLowerCase();
  const kind: InputKind = HTML_EXTENSIONS.has(extension)
    ? 'html'
    : TEXT_EXTENSIONS.has(extension)
      ? 'text'
      : looksLikeHtml(bytes)
        ? 'html'
        : 'text';
  return decoded(path, kind, bytes, null);
}

/** Standard input: HTML when it looks like a page, text otherwise. */
async function loadStream(input: string, stream: AsyncIterable<Buffer | string>): Promise<InputResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_INPUT_BYTES) return { ok: false, input, error: 'input is over the 10 MB limit' };
    chunks.push(bytes);
  }
  const bytes = Buffer.concat(chunks);
  return decoded(input, looksLikeHtml(bytes) ? 'html' : 'text', bytes, null);
}

let fetchAgent: ReturnType<Agent['compose']> | undefined;

function agent() {
  fetchAgent ??= new Agent({ connectTimeout: 15_000, headersTimeout: 30_000, bodyTimeout: 30_000 }).compose(
    interceptors.redirect({ maxRedirections: 5 }),
  );
  return fetchAgent;
}

async function loadUrl(url: string): Promise<InputResult> {
  try {
    const response = await request(url, {
      method: 'GET',
      dispatcher: agent(),
      headers: { 'user-agent': 'assay-cli/0.1', accept: 'text/html,text/plain;q=0.9,*/*;q=0.5' },
    });
    if (response.statusCode >= 400) {
      await response.body.dump();
      return { ok: false, input: url, error: `HTTP ${response.statusCode}` };
    }
    const declared = Number(response.headers['content-length'] ?? 0);
    if (declared > MAX_INPUT_BYTES) {
      await response.body.dump();
      return { ok: false, input: url, error: `page is ${formatBytes(declared)}, over the 10 MB limit` };
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += (chunk as Buffer).length;
      if (size > MAX_INPUT_BYTES) {
        response.body.destroy();
        return { ok: false, input: url, error: 'page is over the 10 MB limit' };
      }
      chunks.push(chunk as Buffer);
    }
    const bytes = Buffer.concat(chunks);
    const contentType = String(response.headers['content-type'] ?? '');
    const kind: InputKind = /html|xml/i.test(contentType) || looksLikeHtml(bytes) ? 'html' : 'text';
    return decoded(url, kind, bytes, url, charsetOf(contentType));
  } catch (error) {
    return { ok: false, input: url, error: `fetch failed: ${(error as Error).message}` };
  }
}

function decoded(
  input: string,
  kind: InputKind,
  bytes: Buffer,
  url: string | null,
  charset = 'utf-8',
): InputResult {
  if (bytes.length === 0) return { ok: false, input, error: 'empty input' };
  if (isBinary(bytes)) return { ok: false, input, error: 'binary content, not HTML or text' };
  let content: string;
  try {
    content = new TextDecoder(charset).decode(bytes);
  } catch {
    content = new TextDecoder('utf-8').decode(bytes);
  }
  if (content.trim() === '') return { ok: false, input, error: 'empty input (only whitespace)' };
  return { ok: true, input, kind, content, url };
}

function charsetOf(contentType: string): string {
  return /charset=["']?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
}

function looksLikeHtml(bytes: Buffer): boolean {
  return /<(?:!doctype html|html|head|body|article|p)[\s>]/i.test(bytes.subarray(0, 2048).toString('latin1'));
}

/** NUL bytes, or many control characters, in the first 8 KB mean the file is not text. */
function isBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control / sample.length > 0.1;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}

function formatBytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
