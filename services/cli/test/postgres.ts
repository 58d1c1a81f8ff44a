import { createScratchDatabase } from '@assay/db';
import pg from 'pg';

export interface TestPostgres {
  available: boolean;
  note: string;
  /** A fresh database for this run, and a function that drops it. */
  create(): Promise<{ url: string; drop(): Promise<void> }>;
}

const ADMIN_URLS = [
  process.env.ASSAY_TEST_POSTGRES_URL,
  'postgres://postgres@127.0.0.1:5432/postgres',
  'postgres://root@127.0.0.1:5432/postgres',
].filter((u): u is string => Boolean(u));

/** The local PostgreSQL for integration tests: each run gets its own database. Skips, saying so, without one. */
export async function postgresForTests(): Promise<TestPostgres> {
  for (const adminUrl of ADMIN_URLS) {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return {
        available: true,
        note: '',
        create: () => createScratchDatabase(adminUrl, 'assay_test'),
      };
    } catch {
      await client.end().catch(() => undefined);
    }
  }
  return {
    available: false,
    note: ' (skipped: no PostgreSQL at 127.0.0.1:5432)',
    create: () => Promise.reject(new Error('no PostgreSQL')),
  };
}
