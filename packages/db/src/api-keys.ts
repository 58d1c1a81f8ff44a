import { createHash, randomBytes } from 'node:crypto';
import { type Row, type SqlExecutor, toIso } from './sql.js';

export const API_ROLES = ['admin', 'operator', 'analyst', 'subscriber'] as const;
export type ApiRole = (typeof API_ROLES)[number];

export interface ApiKey {
  id: string;
  name: string;
  role: ApiRole;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface ApiKeyStore {
  /** The plain key is returned here once and never stored: only its hash is. */
  create(input: { name: string; role: ApiRole }): Promise<{ key: string; apiKey: ApiKey }>;
  /** The live key with this plain value, or null (unknown or revoked). */
  verify(key: string): Promise<ApiKey | null>;
  list(): Promise<ApiKey[]>;
  /** Whether the key with this id exists and is not revoked (long-lived streams ask again and again). */
  isLive(id: string): Promise<boolean>;
  /**
   * False when there is no live key with this id. Its webhook subscriptions are disabled in the same
   * statement, with the reason: a revoked key must not keep receiving the feed.
   */
  revoke(id: string): Promise<boolean>;
}

/**
 * Keys carry 256 random bits, so a fast hash is enough to make a stolen table useless; a slow
 * password hash would only cost every request.
 */
export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

function rowToKey(row: Row): ApiKey {
  return {
    id: String(row.id),
    name: String(row.name),
    role: row.role as ApiRole,
    created_at: toIso(row.created_at),
    last_used_at: row.last_used_at == null ? null : toIso(row.last_used_at),
    revoked_at: row.revoked_at == null ? null : toIso(row.revoked_at),
  };
}

/** `last_used_at` is written at most this often per key, so reads do not turn into writes. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function createApiKeyStore(sql: SqlExecutor): ApiKeyStore {
  return {
    async create({ name, role }) {
      const id = `key_${randomBytes(8).toString('hex')}`;
      const key = `assay_${randomBytes(32).toString('base64url')}`;
      const [row] = await sql.query(
        'INSERT INTO api_keys (id, name, role, key_hash) VALUES ($1, $2, $3, $4) RETURNING *',
        [id, name, role, hashApiKey(key)],
      );
      if (!row) throw new Error('api key insert returned nothing');
      return { key, apiKey: rowToKey(row) };
    },

    async verify(key) {
      const [row] = await sql.query('SELECT * FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL', [
        hashApiKey(key),
      ]);
      if (!row) return null;
      const apiKey = rowToKey(row);
      if (!apiKey.last_used_at || Date.now() - Date.parse(apiKey.last_used_at) > LAST_USED_RESOLUTION_MS) {
        await sql.query('UPDATE api_keys SET last_used_at = now() WHERE id = $1', [apiKey.id]);
      }
      return apiKey;
    },

    async list() {
      return (await sql.query('SELECT * FROM api_keys ORDER BY created_at, id')).map(rowToKey);
    },

    async isLive(id) {
      const rows = await sql.query('SELECT 1 FROM api_keys WHERE id = $1 AND revoked_at IS NULL', [id]);
      return rows.length > 0;
    },

    async revoke(id) {
      const rows = await sql.query(
        `WITH revoked AS (
           UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id
         ), hooks AS (
           UPDATE webhook_subscriptions
              SET enabled = false, disabled_at = now(), disabled_reason = 'its API key was revoked', updated_at = now()
            WHERE owner_key_id IN (SELECT id FROM revoked) AND enabled
         )
         SELECT id FROM revoked`,
        [id],
      );
      return rows.length > 0;
    },
  };
}
