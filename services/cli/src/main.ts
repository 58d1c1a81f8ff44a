#!/usr/bin/env node
import { EXTRACT_USAGE, runExtract } from './commands/extract.js';

const USAGE = `usage: assay <command> [options]

commands:
  extract   read articles (files, directories, URLs) and print the events they state

Run "assay <command> --help" for a command's options.

${EXTRACT_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = { stdout: process.stdout, stderr: process.stderr };
  switch (command) {
    case 'extract':
      return runExtract(rest, io);
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
