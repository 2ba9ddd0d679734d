// Builds a database exactly as an older Tulay left it: only the schema versions up to N,
// filled with a fixture, then closed, so the current app can open it as a user's PC would.
import { Dexie } from 'dexie';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema';

export type Fixture = Record<string, Record<string, unknown>[]>;

export async function createFixtureDatabase(name: string, version: number, fixture: Fixture) {
  const old = new Dexie(name);
  for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    const declared = old.version(schema.version).stores(schema.stores);
    if (schema.upgrade) declared.upgrade(schema.upgrade);
  }
  await old.open();
  await old.transaction('rw', Object.keys(fixture), async () => {
    for (const [table, rows] of Object.entries(fixture)) await old.table(table).bulkPut(rows);
  });
  old.close();
}

/** A database written by a future Tulay whose schema this build does not know. */
export async function createFutureDatabase(name: string, version: number) {
  const future = new Dexie(name);
  future.version(version).stores({ people: 'id', futureTable: 'id' });
  await future.open();
  await future.table('people').put({ id: 'p1', givenName: 'From the future' });
  future.close();
}
