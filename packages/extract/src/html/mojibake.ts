/**
 * Repairs text that was UTF-8 but was read as Latin-1 or Windows-1252 somewhere before us ("Investorâ€™s" for
 * "Investor’s"): a publisher's double encoding, or a server that declares the wrong charset. ftfy's central
 * heuristic, kept narrow: a page is repaired only when it holds a sequence that no real text writes (a UTF-8 lead
 * byte's letter followed by a C1 control or by a Windows-1252 punctuation mark standing for a continuation byte),
 * and then only sequences that decode as valid UTF-8 are replaced.
 */

/** Windows-1252's characters for the bytes 0x80–0x9F; the five bytes it leaves undefined stay C1 controls. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const BYTE_OF_CHAR = new Map<string, number>();
for (let byte = 0x80; byte <= 0xff; byte++) {
  const char = byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  if (char) BYTE_OF_CHAR.set(char, byte);
}
// A Latin-1 reading leaves C1 controls where Windows-1252 has punctuation: both stand for the same bytes.
for (let byte = 0x80; byte < 0xa0; byte++) BYTE_OF_CHAR.set(String.fromCharCode(byte), byte);

const HIGH_CHARS = `\\u0080-\\u009f${WINDOWS_1252_HIGH.replace(/[\u0080-\u009f]/g, '')}`;
/** A character standing for a UTF-8 continuation byte (0x80–0xBF). */
const CONTINUATION = `[${HIGH_CHARS}\\u00a0-\\u00bf]`;
/** Continuation bytes 0x80–0x9F only: as characters, never written on purpose after a lead byte's letter. */
const TELLING_CONTINUATION = `[${HIGH_CHARS}]`;

const TELLING = new RegExp(`[\\u00c2-\\u00f4]${TELLING_CONTINUATION}`);
const SEQUENCE = new RegExp(
  `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`,
  'g',
);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodedSequence(sequence: string): string {
  const bytes = Uint8Array.from([...sequence], (char) => BYTE_OF_CHAR.get(char) ?? 0);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return sequence;
  }
}

/** The text with UTF-8 read as Latin-1 or Windows-1252 decoded again; text without the telltale is returned as is. */
export function repairMojibake(text: string): string {
  if (!TELLING.test(text)) return text;
  return text.replace(SEQUENCE, decodedSequence);
}
