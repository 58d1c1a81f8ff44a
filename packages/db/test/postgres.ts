import pg from 'pg';

/** Where the integration tests look for a PostgreSQL server (trust auth, as on CI). */
export const PG_CANDIDATES = [
  'postgres://postgres@127.0.0.1:5432/postgres',
  'postgres://root@127.0.0.1:5432/postgres',
];

/** The first candidate URL a server answers on, or null when none does (the tests then skip). */
export async function findPostgres(): Promise<string | null> {
  for (const url of PG_CANDIDATES) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return url;
    } catch {
      // try the next one
    } finally {
      await client.end().catch(() => {});
    }
  }
  return null;
}
