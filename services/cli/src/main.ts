#!/usr/bin/env node
import { runEvents } from './commands/events.js';
import { EXTRACT_USAGE, runExtract } from './commands/extract.js';
import { runKeys } from './commands/keys.js';
import { runSources } from './commands/sources.js';
import { runStart } from './commands/start.js';
import { runStatus } from './commands/status.js';

const USAGE = `usage: assay <command> [options]

commands:
  extract   read articles (files, directories, URLs) and print the events they state
  start     run the API, the web UI and every worker in one process
  keys      create, list or revoke API keys
  sources   list, add, pause, resume or run sources
  status    queue counts, recent failures, database counts
  events    list stored events with their citations

Run "assay <command> --help" for a command's options.

${EXTRACT_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = { stdout: process.stdout, stderr: process.stderr };
  switch (command) {
    case 'extract':
      return runExtract(rest, io);
    case 'start':
      return runStart(rest, io);
    case 'sources':
      return runSources(rest, io);
    case 'keys':
      return runKeys(rest, io);
    case 'status':
      return runStatus(rest, io);
    case 'events':
      return runEvents(rest, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`assay: unknown command "${command}"\n\n${USAGE}\n`);
      return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
