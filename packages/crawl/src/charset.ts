import iconv from 'iconv-lite';

/** Where the charset used to decode a body came from. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'xml' | 'default';

export interface DetectedCharset {
  /** A label iconv-lite knows ("utf-8", "gbk", "shift_jis", "windows-1252", ...). */
  charset: string;
  source: CharsetSource;
}

/** How far into the body `<meta charset>` and `<?xml encoding>` are looked for. */
const SNIFF_BYTES = 4096;

/**
 * Labels whose meaning on the web differs from their name (WHATWG Encoding Standard): pages labelled
 * ISO-8859-1 or ASCII are decoded as windows-1252, which they almost always are.
 */
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  cp1252: 'windows-1252',
  'x-user-defined': 'windows-1252',
  'x-cp1252': 'windows-1252',
  // A <meta> cannot truthfully say UTF-16: it was read as ASCII. The HTML standard says UTF-8.
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  utf8: 'utf-8',
};

/** A charset label as iconv-lite knows it, or null for an unknown label. */
export function normalizeCharset(label: string, fromMarkup = false): string | null {
  const lower = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (lower === '') return null;
  const aliased = LABEL_ALIASES[lower];
  // UTF-16 from the Content-Type header is real; only markup inside the bytes cannot claim it.
  if (aliased !== undefined && (fromMarkup || !lower.startsWith('utf-16'))) return aliased;
  return iconv.encodingExists(lower) ? lower : null;
}

/** The charset parameter of a Content-Type header value, as written. */
export function charsetParameter(contentType: string | undefined): string | null {
  const match = contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)/i);
  return match?.[1] ?? null;
}

function bomCharset(body: Buffer): string | null {
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return null;
}

const XML_DECLARATION = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i;
const META_TAG = /<meta\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
const CONTENT_CHARSET = /\bcharset\s*=\s*["']?\s*([^"'\s;]+)/i;

function attributesOf(tagBody: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tagBody.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (name === undefined || attributes.has(name)) continue;
    attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the sniffed head. */
function metaCharset(head: string): string | null {
  // Markup inside comments does not count.
  const visible = head.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const match of visible.matchAll(META_TAG)) {
    const attributes = attributesOf(match[1] ?? '');
    let label = attributes.get('charset');
    if (label === undefined && attributes.get('http-equiv')?.trim().toLowerCase() === 'content-type') {
      label = CONTENT_CHARSET.exec(attributes.get('content') ?? '')?.[1];
    }
    const charset = label === undefined ? null : normalizeCharset(label, true);
    if (charset !== null) return charset;
  }
  return null;
}

/**
 * The charset to decode a body with: a byte order mark, else the Content-Type header's charset, else
 * `<?xml encoding>` or `<meta charset>` / `<meta http-equiv="content-type">` in the first 4 KB, else
 * null. The BOM wins over the header, as in browsers (WHATWG "decode"): a BOM cannot be there by accident.
 */
export function declaredCharset(body: Buffer, contentType: string | undefined): DetectedCharset | null {
  const bom = bomCharset(body);
  if (bom !== null) return { charset: bom, source: 'bom' };
  const headerLabel = charsetParameter(contentType);
  const fromHeader = headerLabel === null ? null : normalizeCharset(headerLabel);
  if (fromHeader !== null) return { charset: fromHeader, source: 'header' };
  // Latin-1 maps every byte to one character, so offsets and ASCII markup survive whatever the charset.
  const head = body.subarray(0, SNIFF_BYTES).toString('latin1');
  const xmlLabel = XML_DECLARATION.exec(head)?.[1];
  const fromXml = xmlLabel === undefined ? null : normalizeCharset(xmlLabel, true);
  if (fromXml !== null) return { charset: fromXml, source: 'xml' };
  const fromMeta = metaCharset(head);
  if (fromMeta !== null) return { charset: fromMeta, source: 'meta' };
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode a body to text with `declaredCharset`; with no declaration, as UTF-8 when the bytes are valid
 * UTF-8, else as windows-1252 (what undeclared legacy pages on the web mostly are).
 */
export function decodeText(
  body: Buffer,
  contentType: string | undefined,
): { text: string; charset: DetectedCharset } {
  const declared = declaredCharset(body, contentType);
  if (declared !== null) {
    // iconv-lite strips a BOM that matches the charset.
    return { text: iconv.decode(body, declared.charset), charset: declared };
  }
  try {
    return { text: strictUtf8.decode(body), charset: { charset: 'utf-8', source: 'default' } };
  } catch {
    return {
      text: iconv.decode(body, 'windows-1252'),
      charset: { charset: 'windows-1252', source: 'default' },
    };
  }
}
