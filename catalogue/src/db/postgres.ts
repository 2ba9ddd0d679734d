// PostgreSQL through node-postgres: a pool for the app role (DATABASE_URL), and a small one for
// the owner (DATABASE_OWNER_URL, falling back to DATABASE_URL) used by migrations and the CLI.
import pg from 'pg';
import { ADMIN_PRELUDE, tenantPrelude } from './types';
import type { Database, NamedStatement, Row, Sql } from './types';

const INT8 = 20;
// Sequence numbers are int8: as numbers (exact below 2^53), not strings. Per pool, so other
// users of pg in the same process keep their parsers.
const parsers = new pg.TypeOverrides();
parsers.setTypeParser(INT8, (value: string) => Number(value));
const types = parsers;

function wrap(client: pg.PoolClient): Sql {
  return {
    async query<R = Row>(statement: string | NamedStatement, params?: readonly unknown[]) {
      const values = params ? [...params] : undefined;
      const result =
        typeof statement === 'string'
          ? await client.query(statement, values)
          : await client.query({ ...statement, values });
      return result.rows as R[];
    },
    async exec(text: string) {
      await client.query(text);
    },
  };
}

async function inTransaction<T>(
  pool: pg.Pool,
  prelude: string,
  work: (sql: Sql) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    // One round trip opens the transaction and sets its context.
    await client.query(`BEGIN; ${prelude}`);
    const result = await work(wrap(client));
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    // A connection that cannot even roll back is dropped rather than returned to the pool.
    const broken = await client.query('ROLLBACK').then(
      () => undefined,
      (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
    );
    client.release(broken);
    throw error;
  }
}

export interface PostgresOptions {
  url: string;
  ownerUrl?: string;
  poolSize?: number;
}

export function openPostgres({ url, ownerUrl, poolSize = 10 }: PostgresOptions): Database {
  const app = new pg.Pool({ connectionString: url, max: poolSize, types });
  const owner = new pg.Pool({ connectionString: ownerUrl ?? url, max: 2, types });
  // An idle connection that the server dropped must not crash the process.
  app.on('error', () => {});
  owner.on('error', () => {});
  return {
    kind: 'postgres',
    tenant: (tenantId, work) => inTransaction(app, tenantPrelude(tenantId), work),
    admin: (work) => inTransaction(owner, ADMIN_PRELUDE, work),
    async close() {
      await Promise.all([app.end(), owner.end()]);
    },
  };
}
