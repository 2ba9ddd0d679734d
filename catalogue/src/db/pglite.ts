// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in a folder on disk, or in
// memory for tests. It has one connection, so transactions run one after another; as its only
// user is a superuser, which row-level security does not bind, a tenant transaction switches to
// the app role first.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { ADMIN_PRELUDE, tenantPrelude } from './types';
import type { Database, NamedStatement, Row, Sql } from './types';

const INT8 = 20;

function wrap(tx: Transaction): Sql {
  return {
    // One connection, in the same process: nothing to gain from naming a statement.
    async query<R = Row>(statement: string | NamedStatement, params?: readonly unknown[]) {
      const text = typeof statement === 'string' ? statement : statement.text;
      const result = await tx.query<R>(text, params ? [...params] : undefined);
      return result.rows;
    },
    async exec(text: string) {
      await tx.exec(text);
    },
  };
}

/** Opens (or creates) the database in `dataDir`; undefined keeps it in memory. */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const pg = await PGlite.create({ dataDir, parsers: { [INT8]: Number } });
  return {
    kind: 'pglite',
    tenant: (tenantId, work) =>
      pg.transaction(async (tx) => {
        await tx.exec(`SET LOCAL ROLE tulay_app; ${tenantPrelude(tenantId)}`);
        return work(wrap(tx));
      }),
    admin: (work) =>
      pg.transaction(async (tx) => {
        await tx.exec(ADMIN_PRELUDE);
        return work(wrap(tx));
      }),
    close: () => pg.close(),
  };
}
