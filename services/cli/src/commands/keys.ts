import { parseArgs } from 'node:util';
import { API_ROLES, type ApiRole } from '@assay/db';
import type { CommandIo } from '../io.js';
import { configOrExplain } from './context.js';
import { withOperations } from './operations.js';

export const KEYS_USAGE = `usage: assay keys <create|list|revoke> ...

  create --role ROLE --name NAME   make an API key and print it once (only its hash is kept)
                                   roles: ${API_ROLES.join(', ')}
  list [--jsonl]                   the keys: id, name, role, created, last used, revoked
  revoke ID                        stop a key from working`;

export async function runKeys(args: string[], io: CommandIo): Promise<number> {
  const [action, ...rest] = args;
  if (!action || action === '--help' || action === '-h') {
    (action ? io.stdout : io.stderr).write(`${KEYS_USAGE}\n`);
    return action ? 0 : 2;
  }
  let values: { role?: string; name?: string; jsonl?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { role: { type: 'string' }, name: { type: 'string' }, jsonl: { type: 'boolean' } },
    }));
  } catch (error) {
    io.stderr.write(`assay keys ${action}: ${(error as Error).message}\n${KEYS_USAGE}\n`);
    return 2;
  }
  switch (action) {
    case 'create': {
      const role = values.role as ApiRole | undefined;
      if (!role || !API_ROLES.includes(role)) {
        io.stderr.write(`assay keys create: --role must be one of ${API_ROLES.join(', ')}\n`);
        return 2;
      }
      const name = values.name?.trim();
      if (!name) {
        io.stderr.write('assay keys create: --name is required (who or what uses the key)\n');
        return 2;
      }
      const config = configOrExplain('keys', io);
      if (!config) return 2;
      return withOperations(config, 'keys', io, async (operations) => {
        const { key, apiKey } = await operations.createKey({ name, role });
        io.stdout.write(`${key}\n`);
        io.stderr.write(
          `created ${apiKey.role} key ${apiKey.id} "${apiKey.name}"; it is shown only this once\n`,
        );
        return 0;
      });
    }
    case 'list': {
      const config = configOrExplain('keys', io);
      if (!config) return 2;
      return withOperations(config, 'keys', io, async (operations) => {
        for (const key of await operations.listKeys()) {
          io.stdout.write(
            values.jsonl
              ? `${JSON.stringify(key)}\n`
              : `${key.id.padEnd(22)} ${key.role.padEnd(10)} ${key.revoked_at ? 'revoked' : 'live   '} ${key.name}\n`,
          );
        }
        return 0;
      });
    }
    case 'revoke': {
      const id = positionals[0];
      if (!id) {
        io.stderr.write('assay keys revoke: which key id? (see "assay keys list")\n');
        return 2;
      }
      const config = configOrExplain('keys', io);
      if (!config) return 2;
      return withOperations(config, 'keys', io, async (operations) => {
        if (!(await operations.revokeKey(id))) {
          io.stderr.write(`assay keys revoke: no live key with id "${id}"\n`);
          return 1;
        }
        io.stderr.write(`revoked ${id}\n`);
        return 0;
      });
    }
    default:
      io.stderr.write(`assay keys: unknown action "${action}"\n${KEYS_USAGE}\n`);
      return 2;
  }
}
