// Opens the database the configuration names, and brings it up to date: migrations, then the
// seed entries of the public catalogue.
import type { Config } from './config';
import { lockDataDir } from './dataLock';
import { openPglite } from './db/pglite';
import { openPostgres } from './db/postgres';
import type { Database } from './db/types';
import { migrate } from './migrate';
import { loadSeeds, readSeedFiles } from './seeds';

export interface OpenedDatabase {
  db: Database;
  /** Where the data is: the folder of the embedded database, or the PostgreSQL host. */
  where: string;
  close(): Promise<void>;
}

export async function openDatabase(config: Config): Promise<OpenedDatabase> {
  if (config.databaseUrl) {
    const db = openPostgres({
      url: config.databaseUrl,
      ownerUrl: config.databaseOwnerUrl,
      poolSize: config.poolSize,
    });
    const where = `PostgreSQL at ${new URL(config.databaseUrl).host}`;
    return { db, where, close: () => db.close() };
  }
  const unlock = lockDataDir(config.dataDir);
  try {
    const db = await openPglite(config.dataDir);
    return {
      db,
      where: `embedded database in ${config.dataDir}`,
      async close() {
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** Migrations (each in its transaction) and the seeds not loaded yet. */
export async function prepare(db: Database) {
  const migrations = await migrate(db);
  const seeds = await readSeedFiles();
  const seeded = await db.admin((sql) => loadSeeds(sql, seeds));
  return { migrations, seeded };
}
