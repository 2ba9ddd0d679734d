import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import v1 from '../../fixtures/db/v1.json';
import v2 from '../../fixtures/db/v2.json';
import v3 from '../../fixtures/db/v3.json';
import {
  createDatabase,
  DatabaseOpenError,
  LATEST_SCHEMA_VERSION,
  openDatabase,
} from '../../../renderer/db';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema';
import { createFixtureDatabase, createFutureDatabase, type Fixture } from './migrationHarness';

// One fixture per shipped schema version; a new version adds its fixture here.
const FIXTURES: Record<number, Fixture> = { 1: v1, 2: v2, 3: v3 };

describe('database versions', () => {
  it('has a fixture for every schema version', () => {
    for (const { version } of SCHEMA_VERSIONS)
      expect(FIXTURES[version], `fixture v${version}`).toBeDefined();
  });

  it.each(SCHEMA_VERSIONS.map((s) => s.version))(
    'opens a database left by version %i and keeps every record',
    async (version) => {
      const name = `migrate-from-${version}-${Date.now()}`;
      const fixture = FIXTURES[version]!;
      await createFixtureDatabase(name, version, fixture);

      const db = createDatabase(name);
      await openDatabase(db);
      expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(fixture)) {
        for (const row of rows) {
          expect(await db.table(table).get(row.id as string)).toMatchObject(row);
        }
      }
      db.close();
    },
  );

  it('finds the follow-ups of a version 1 database by type and due date after the upgrade', async () => {
    const name = `migrate-followups-${Date.now()}`;
    await createFixtureDatabase(name, 1, {
      caseEvents: [
        {
          id: 'e1',
          caseId: 'c1',
          type: 'followUpDue',
          at: '2026-01-01T00:00:00Z',
          dueAt: '2026-01-03T00:00:00Z',
        },
        { id: 'e2', caseId: 'c1', type: 'note', at: '2026-01-01T00:00:00Z' },
      ],
    });
    const db = createDatabase(name);
    await openDatabase(db);
    const due = await db.caseEvents
      .where('[type+dueAt]')
      .between(['followUpDue', ''], ['followUpDue', '\uffff'])
      .primaryKeys();
    expect(due).toEqual(['e1']);
    db.close();
  });

  it('refuses a database written by a newer Tulay and leaves it untouched', async () => {
    const name = `future-${Date.now()}`;
    await createFutureDatabase(name, LATEST_SCHEMA_VERSION + 1);

    const db = createDatabase(name);
    const opening = openDatabase(db);
    await expect(opening).rejects.toBeInstanceOf(DatabaseOpenError);
    await expect(opening).rejects.toMatchObject({ problem: 'newerVersion' });
    expect(db.isOpen()).toBe(false);

    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(await raw.table('people').get('p1')).toEqual({ id: 'p1', givenName: 'From the future' });
    raw.close();
  });
});
