// Starts the catalogue: database, migrations, seeds, HTTP. SIGINT and SIGTERM stop it cleanly:
// no new connections, in-flight requests finish, then the database closes.
import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { buildApp } from './app';
import type { Config } from './config';
import { openDatabase, prepare, type OpenedDatabase } from './database';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  database: OpenedDatabase;
  stop(): Promise<void>;
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
