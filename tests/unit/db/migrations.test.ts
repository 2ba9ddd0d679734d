import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import v1 from '../../fixtures/db/v1.json';
import v2 from '../../fixtures/db/v2.json';
import v3 from '../../fixtures/db/v3.json';
import v4 from '../../fixtures/db/v4.json';
import v5 from '../../fixtures/db/v5.json';
import v6 from '../../fixtures/db/v6.json';
import v7 from '../../fixtures/db/v7.json';
import v8 from '../../fixtures/db/v8.json';
import v9 from '../../fixtures/db/v9.json';
import {
  createDatabase,
  DatabaseOpenError,
  LATEST_SCHEMA_VERSION,
  lockDatabase,
  openDatabase,
  sealExistingRecords,
  unlockDatabase,
} from '../../../renderer/db';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema';
import { searchIds } from '../../../renderer/features/people';
import { commitmentSchema } from '../../../domain/sync';
import { applyCataloguePage, readCatalogueState } from '../../../renderer/sync/catalogueCopy';
import { createFixtureDatabase, createFutureDatabase, type Fixture } from './migrationHarness';
import { testFieldKeys } from './testDatabase';

// One fixture per shipped schema version; a new version adds its fixture here.
const FIXTURES: Record<number, Fixture> = {
  1: v1,
  2: v2,
  3: v3,
  4: v4,
  5: v5,
  6: v6,
  7: v7,
  8: v8,
  9: v9,
};

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
          // Search tokens are recomputed by later versions: the old ones stay among them.
          const kept = Array.isArray(row.searchTokens)
            ? { ...row, searchTokens: expect.arrayContaining(row.searchTokens) as unknown }
            : row;
          expect(await db.table(table).get(row.id as string)).toMatchObject(kept);
        }
      }
      db.close();
    },
  );

  it('upgrades a version 1 database as the app opens it, locked, and seals it at sign-in', async () => {
    const name = `migrate-locked-${Date.now()}`;
    await createFixtureDatabase(name, 1, v1);
    const db = createDatabase(name);
    // The app locks the database before it opens it: the upgrade runs before anyone signs in.
    lockDatabase(db);
    await openDatabase(db);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);

    unlockDatabase(db, testFieldKeys());
    await sealExistingRecords(db);
    for (const row of v1.people) {
      expect(await db.people.get(row.id)).toMatchObject({ givenName: row.givenName });
    }
    const raw = await new Promise<unknown[]>((resolve, reject) => {
      const req = db.backendDB().transaction('people', 'readonly').objectStore('people').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    });
    for (const row of v1.people) expect(JSON.stringify(raw)).not.toContain(row.givenName);
    db.close();
  });

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

  it('finds the people and cases of a version 3 database by the end of a phone number and a hyphenated name', async () => {
    const name = `migrate-tokens-${Date.now()}`;
    // As version 3 stored them: no token for the end of the number or for "junjun".
    const junjun = {
      ...v4.people[1]!,
      searchTokens: ['jun', 'penaflor', '639185550142', '9185550142', '09185550142'],
    };
    const maria = { ...v4.people[0]!, searchTokens: ['maria', 'delacruz', 'cruz', '09171234567'] };
    const kase = {
      ...v4.cases[0]!,
      searchTokens: ['lgz2026000001', 'maria', 'delacruz', 'jun', 'penaflor', '639185550142'],
    };
    await createFixtureDatabase(name, 3, { people: [maria, junjun], cases: [kase] });

    const db = createDatabase(name);
    await openDatabase(db);
    expect(await searchIds(db, 'people', '0142')).toEqual([junjun.id]);
    expect(await searchIds(db, 'people', '123 4567')).toEqual([maria.id]);
    expect(await searchIds(db, 'people', 'junjun')).toEqual([junjun.id]);
    expect(await searchIds(db, 'cases', '0142')).toEqual([kase.id]);
    expect(await searchIds(db, 'cases', 'junjun pen')).toEqual([kase.id]);
    expect(await db.people.get(junjun.id)).toMatchObject({
      givenName: 'Jun-jun',
      phone: junjun.phone,
    });
    db.close();
  });

  it("counts a version 3 database's cases and timelines for the reports when it upgrades", async () => {
    const name = `migrate-report-counts-${Date.now()}`;
    const { cases, caseEvents, people } = v5 as unknown as Fixture;
    await createFixtureDatabase(name, 3, {
      cases: cases!,
      caseEvents: caseEvents!,
      people: people!,
    });
    const db = createDatabase(name);
    await openDatabase(db);
    const rows = await db.reportCounts.orderBy('day').toArray();
    expect(rows.map((row) => row.counts)).toEqual([
      expect.objectContaining({ opened: 1, 'category:repatriation': 1, 'sex:female': 1 }),
      { 'followUp:open': 1 },
    ]);
    db.close();
  });

  it("sums a version 8 database's day counts into month totals when it upgrades", async () => {
    const name = `migrate-report-months-${Date.now()}`;
    await createFixtureDatabase(name, 8, v8);
    const db = createDatabase(name);
    await openDatabase(db);
    expect(await db.reportMonths.toArray()).toEqual([
      {
        id: '2026-02|01938a6e-4a00-7000-8000-0000000000aa',
        month: '2026-02',
        staff: '01938a6e-4a00-7000-8000-0000000000aa',
        counts: expect.objectContaining({
          opened: 1,
          'country:SA': 1,
          'followUp:open': 1,
        }) as unknown,
      },
    ]);
    db.close();
  });

  it('keeps a version 5 database whole and gives it a conflicts table for sync to fill', async () => {
    const name = `migrate-conflicts-${Date.now()}`;
    const { conflicts, ...before } = v6 as unknown as Fixture;
    await createFixtureDatabase(name, 5, before);
    const db = createDatabase(name);
    await openDatabase(db);
    expect(await db.people.count()).toBe(before.people!.length);
    expect(await db.conflicts.count()).toBe(0);
    await db.conflicts.bulkPut(conflicts as never[]);
    const open = await db.conflicts.where('state').equals('open').toArray();
    expect(open.map((c) => [c.recordId, c.field])).toEqual([[before.people![0]!.id, 'phone']]);
    const ofRecord = await db.conflicts
      .where('[table+recordId]')
      .equals(['people', before.people![0]!.id as string])
      .count();
    expect(ofRecord).toBe(1);
    db.close();
  });

  it('opens a version 5 database with an empty catalogue copy that the first refresh fills', async () => {
    const name = `migrate-catalogue-${Date.now()}`;
    await createFixtureDatabase(name, 5, v5);
    const db = createDatabase(name);
    await openDatabase(db);
    expect(await db.catalogue.count()).toBe(0);
    expect(await readCatalogueState(db)).toEqual({ cursor: 0, refreshedAt: null });
    const [entry] = v7.catalogue;
    await applyCataloguePage(db, {
      entries: [
        {
          kind: 'commitment',
          id: entry!.entryId,
          seq: 12,
          publisher: { tenantId: entry!.tenantId, municipality: 'Terrassa', country: 'ES' },
          updatedAt: entry!.updatedAt,
          deleted: false,
          data: commitmentSchema.parse(entry!.data),
        },
      ],
      nextCursor: 12,
      hasMore: false,
    });
    expect(await db.catalogue.where('kind').equals('commitment').primaryKeys()).toEqual([
      entry!.id,
    ]);
    expect((await readCatalogueState(db)).cursor).toBe(12);
    // The desk's own records are untouched.
    expect(await db.people.count()).toBe(v5.people.length);
    db.close();
  });

  it('opens a version 7 desk with an empty keyring, its one staff member still the administrator', async () => {
    const name = `migrate-keyring-${Date.now()}`;
    const { keyring, ...before } = v8 as unknown as Fixture;
    await createFixtureDatabase(name, 7, before);
    const db = createDatabase(name);
    await openDatabase(db);
    // No account yet: the start asks this staff member for a passphrase (DeskGate).
    expect(await db.keyring.count()).toBe(0);
    expect(await db.staff.get(before.staff![0]!.id as string)).toMatchObject({ role: 'admin' });
    expect(await db.people.count()).toBe(before.people!.length);
    await db.keyring.bulkPut(keyring as never[]);
    expect(await db.keyring.get('recovery')).toMatchObject({ wrap: { kind: 'recovery' } });
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
