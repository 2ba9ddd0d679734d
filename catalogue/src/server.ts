// Starts the catalogue: database, migrations, seeds, HTTP. SIGINT and SIGTERM stop it cleanly:
// no new connections, in-flight requests finish, then the database closes.
import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { buildApp } from './app';
import type { Config } from './config';
import { openDatabase, prepare, type OpenedDatabase } from './database';
import type { Database } from './db/types';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  database: OpenedDatabase;
  stop(): Promise<void>;
}

/**
 * Row-level security binds neither a superuser nor a role with BYPASSRLS: the server says so
 * at start when DATABASE_URL connects as one (README "Run the catalogue" has the roles).
 */
async function roleWarning(db: Database): Promise<string | null> {
  if (db.kind !== 'postgres') return null;
  const rows = await db.tenant(null, (sql) =>
    sql.query<{ who: string; bypass: boolean }>(
      `SELECT current_user AS who, rolsuper OR rolbypassrls AS bypass
         FROM pg_roles WHERE rolname = current_user`,
    ),
  );
  const row = rows[0];
  return row?.bypass
    ? `DATABASE_URL connects as ${row.who}, which row-level security does not bind: connect as tulay_app`
    : null;
}

export async function startServer(config: Config, logStream?: DestinationStream) {
  const database = await openDatabase(config);
  let ready = false;
  const app = buildApp({
    db: database.db,
    bodyLimit: config.bodyLimit,
    ratePerSecond: config.ratePerSecond,
    rateBurst: config.rateBurst,
    logLevel: config.logLevel,
    logStream,
    ready: () => ready,
  });
  try {
    const { migrations, seeded } = await prepare(database.db);
    app.log.info({ migrations, seeded, database: database.where }, 'database ready');
    const warning = await roleWarning(database.db);
    if (warning) app.log.warn(warning);
    ready = true;
    const url = await app.listen({ host: config.host, port: config.port });
    app.log.info({ url }, 'catalogue listening');
    let stopping: Promise<void> | null = null;
    const stop = () =>
      (stopping ??= (async () => {
        await app.close();
        await database.close();
      })());
    return { app, url, database, stop } satisfies RunningServer;
  } catch (error) {
    await app.close().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}
