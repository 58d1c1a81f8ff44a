import { parseArgs } from 'node:util';
import type { CommandIo } from '../io.js';
import { loadSourcesFile } from '../sources-file.js';
import { configOrExplain } from './context.js';
import { withOperations } from './operations.js';

export const SOURCES_USAGE = `usage: assay sources <list|add|pause|resume|run> ...

  list [--jsonl]        the sources, their kind, schedule and state
  add FILE              load sources from a YAML or JSON file (bad entries are reported and skipped)
  pause ID              stop the source's schedule
  resume ID             schedule the source again
  run ID                crawl the source now, besides its schedule`;

function describeSchedule(schedule: { every_minutes: number } | { cron: string }): string {
  return 'cron' in schedule ? `cron ${schedule.cron}` : `every ${schedule.every_minutes} min`;
}

export async function runSources(args: string[], io: CommandIo): Promise<number> {
  const [action, ...rest] = args;
  if (!action || action === '--help' || action === '-h') {
    (action ? io.stdout : io.stderr).write(`${SOURCES_USAGE}\n`);
    return action ? 0 : 2;
  }
  const config = configOrExplain('sources', io);
  if (!config) return 2;

  switch (action) {
    case 'list': {
      const { values } = parseArgs({ args: rest, options: { jsonl: { type: 'boolean' } } });
      return withOperations(config, 'sources', io, async (operations) => {
        const sources = await operations.listSources();
        for (const source of sources) {
          io.stdout.write(
            values.jsonl
              ? `${JSON.stringify(source)}\n`
              : `${source.id.padEnd(24)} ${source.kind.padEnd(8)} ${(source.enabled ? 'active' : 'paused').padEnd(7)} ${describeSchedule(source.schedule).padEnd(18)} ${source.url}\n`,
          );
        }
        if (!values.jsonl) io.stderr.write(`${sources.length} source${sources.length === 1 ? '' : 's'}\n`);
        return 0;
      });
    }
    case 'add': {
      const file = rest[0];
      if (!file) {
        io.stderr.write(`assay sources add: which file?\n${SOURCES_USAGE}\n`);
        return 2;
      }
      const { sources, problems } = await loadSourcesFile(file);
      for (const problem of problems) io.stderr.write(`assay sources add: skipped: ${problem}\n`);
      return withOperations(config, 'sources', io, async (operations) => {
        for (const source of sources) await operations.saveSource(source);
        io.stderr.write(
          `added ${sources.length} source${sources.length === 1 ? '' : 's'}${problems.length ? `, skipped ${problems.length} problem${problems.length === 1 ? '' : 's'}` : ''}\n`,
        );
        return problems.length ? 1 : 0;
      });
    }
    case 'pause':
    case 'resume':
    case 'run': {
      const id = rest[0];
      if (!id) {
        io.stderr.write(`assay sources ${action}: which source id?\n`);
        return 2;
      }
      return withOperations(config, 'sources', io, async (operations) => {
        if (!(await operations.sourceAction(id, action))) {
          io.stderr.write(`assay sources ${action}: no source with id "${id}" (see "assay sources list")\n`);
          return 1;
        }
        io.stderr.write(
          `${id}: ${action === 'pause' ? 'paused' : action === 'resume' ? 'resumed' : 'queued to run now'}\n`,
        );
        return 0;
      });
    }
    default:
      io.stderr.write(`assay sources: unknown action "${action}"\n${SOURCES_USAGE}\n`);
      return 2;
  }
}
