// Plain numbered SQL files (catalogue/migrations/NNN_name.sql), each applied in one transaction
// and recorded in schema_migrations. An advisory lock lets several instances start together.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from './db/types';

const LOCK = 7_306_811; // any constant: the key of this migrator's advisory lock

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../migrations');

export interface Migration {
  version: number;
  name: string;
  file: string;
}

export async function listMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f)).sort();
  return files.map((file) => ({
    version: Number(file.slice(0, 3)),
    name: file.slice(4, -4),
    file: path.join(dir, file),
  }));
}

/** Applies the migrations not applied yet; returns the names of those it applied. */
export async function migrate(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.admin(async (sql) => {
    await sql.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await sql.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  });
  const applied: string[] = [];
  for (const migration of await listMigrations(dir)) {
    const text = await readFile(migration.file, 'utf8');
    const done = await db.admin(async (sql) => {
      await sql.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      const rows = await sql.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (rows.length > 0) return false;
      await sql.exec(text);
      await sql.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(`${String(migration.version).padStart(3, '0')}_${migration.name}`);
  }
  return applied;
}
