import { parseArgs } from 'node:util';
import { extractEvents, parseHtml, parseText } from '@assay/extract';
import { type Article, type ExtractedEvent, isoDateSchema } from '@assay/schema';
import { formatEvents } from '../format.js';
import { loadInputs } from '../inputs.js';
import type { CommandIo } from '../io.js';

export const EXTRACT_USAGE = `usage: assay extract [--jsonl] [--published DATE] <file|dir|url|->...

Reads articles and prints the events they state, each with the sentences that state it.
  .html/.htm files are parsed as web pages, .txt files as text (headline on the first line; a
  first line "Date: 2025-06-18" before it gives the published date), directories are read
  recursively, http(s) URLs are fetched once, and - reads standard input.

options:
  --jsonl             one JSON line per input: {"input", "article", "events"}
  --published DATE    the published date (YYYY-MM-DD) of inputs that do not state one, so that
                      relative dates ("last month") resolve
  -h, --help`;

/** A text article's optional first line stating its published date. */
const DATE_LINE = /^\s*Date:\s*(\d{4}-\d{2}-\d{2})[ \t]*\r?\n/i;

/** Splits a text article's "Date: YYYY-MM-DD" first line off; the date must be a real calendar day. */
export function splitDateLine(content: string): { published: string | null; text: string } {
  const match = DATE_LINE.exec(content);
  if (!match || !isoDateSchema.safeParse(match[1]).success || !isCalendarDay(match[1] as string)) {
    return { published: null, text: content };
  }
  return { published: match[1] as string, text: content.slice(match[0].length) };
}

function isCalendarDay(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Runs `assay extract`. Returns the exit code: 0 when every input was read, 1 when any failed. */
export async function runExtract(args: string[], io: CommandIo): Promise<number> {
  let parsed: ReturnType<typeof parseExtractArgs>;
  try {
    parsed = parseExtractArgs(args);
  } catch (error) {
    io.stderr.write(`assay extract: ${(error as Error).message}\n${EXTRACT_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(`${EXTRACT_USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    io.stderr.write(`assay extract: no input given\n${EXTRACT_USAGE}\n`);
    return 2;
  }
  const published = parsed.values.published ?? null;
  if (published !== null && !isCalendarDay(published)) {
    io.stderr.write(`assay extract: --published: "${published}" is not a date (YYYY-MM-DD)\n`);
    return 2;
  }

  let read = 0;
  let failed = 0;
  let eventCount = 0;
  for await (const result of loadInputs(parsed.positionals, io.stdin)) {
    if (!result.ok) {
      failed++;
      io.stderr.write(`assay extract: ${result.input}: ${result.error}\n`);
      continue;
    }
    let article: Article;
    let events: ExtractedEvent[];
    try {
      if (result.kind === 'html') {
        article = parseHtml(result.content, { url: result.url });
        if (!article.published && published) article = { ...article, published };
      } else {
        const dated = splitDateLine(result.content);
        article = parseText(dated.text, { url: result.url, published: dated.published ?? published });
      }
      events = extractEvents(article);
    } catch (error) {
      failed++;
      io.stderr.write(
        `assay extract: ${result.input}: could not be processed: ${(error as Error).message}\n`,
      );
      continue;
    }
    read++;
    eventCount += events.length;
    if (parsed.values.jsonl) {
      const { title, byline, published, url, language, text } = article;
      io.stdout.write(
        `${JSON.stringify({ input: result.input, article: { title, byline, published, url, language, text }, events })}\n`,
      );
    } else {
      io.stdout.write(formatEvents(result.input, article, events));
    }
  }
  if (!parsed.values.jsonl || failed > 0) {
    io.stderr.write(
      `assay extract: ${read} input${read === 1 ? '' : 's'} read, ${eventCount} event${eventCount === 1 ? '' : 's'} found${failed > 0 ? `, ${failed} failed` : ''}\n`,
    );
  }
  return failed > 0 ? 1 : 0;
}

function parseExtractArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean', default: false },
      published: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
