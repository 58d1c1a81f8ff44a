import { parseArgs } from 'node:util';
import { extractEvents, parseHtml, parseText } from '@assay/extract';
import type { Article, ExtractedEvent } from '@assay/schema';
import { formatEvents } from '../format.js';
import { loadInputs } from '../inputs.js';
import type { CommandIo } from '../io.js';

export const EXTRACT_USAGE = `usage: assay extract [--jsonl] <file|dir|url>...

Reads articles and prints the events they state, each with the sentence that states it.
  .html/.htm files are parsed as web pages, .txt files as text (headline on the first line),
  directories are read recursively, and http(s) URLs are fetched once.

options:
  --jsonl   one JSON line per input: {"input", "article", "events"}
  -h, --help`;

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

  let read = 0;
  let failed = 0;
  let eventCount = 0;
  for await (const result of loadInputs(parsed.positionals)) {
    if (!result.ok) {
      failed++;
      io.stderr.write(`assay extract: ${result.input}: ${result.error}\n`);
      continue;
    }
    let article: Article;
    let events: ExtractedEvent[];
    try {
      article =
        result.kind === 'html'
          ? parseHtml(result.content, { url: result.url })
          : parseText(result.content, { url: result.url });
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
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
