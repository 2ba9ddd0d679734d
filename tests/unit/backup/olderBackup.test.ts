// A backup made by an older Tulay (schema version 3) restores through the same upgrades as a
// database that Tulay left: every record comes back, the version 4 search tokens are recomputed
// and the version 5 report counts are filled. A backup from a newer Tulay is still refused.
import { afterEach, describe, expect, it } from 'vitest';
import v3 from '../../fixtures/db/v3.json';
import { LATEST_SCHEMA_VERSION, type TulayDatabase } from '../../../renderer/db';
import { restoreBackup } from '../../../renderer/features/backup';
import {
  BackupError,
  BackupWriter,
  blobSink,
} from '../../../renderer/features/backup/backupFormat';
import { freshDatabase } from '../db/testDatabase';

const passphrase = 'Tatlong salita, isang susi';
type Fixture = Record<string, Record<string, unknown>[]>;

const opened: TulayDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function backupOf(fixture: Fixture, schemaVersion: number) {
  const out = blobSink();
  const writer = await BackupWriter.create(
    { schemaVersion, passphrase, testIterations: 1000 },
    out.write,
  );
  for (const [table, rows] of Object.entries(fixture)) {
    await writer.startTable(table);
    for (const row of rows) await writer.add(row);
  }
  await writer.finish();
  return out.blob();
}

describe('restore of a backup from an older Tulay', () => {
  it('upgrades the records of a version 3 backup as opening that database would', async () => {
    const fixture = v3 as Fixture;
    const db = await freshDatabase();
    opened.push(db);
    const result = await restoreBackup(db, await backupOf(fixture, 3), passphrase, {
      testMinIterations: 1000,
    });
    expect(result.records).toBeGreaterThanOrEqual(
      Object.values(fixture).reduce((sum, rows) => sum + rows.length, 0),
    );
    for (const [table, rows] of Object.entries(fixture)) {
      for (const row of rows) {
        const kept = Array.isArray(row['searchTokens'])
          ? {
              ...row,
              searchTokens: expect.arrayContaining(row['searchTokens'] as string[]) as unknown,
            }
          : row;
        expect(
          await db.table(table).get(row['id'] as string),
          `${table} ${String(row['id'])}`,
        ).toMatchObject(kept);
      }
    }
    // Version 4 recomputed the people's search tokens: they now hold more than version 3 stored.
    const [person] = fixture['people']!;
    const restored = (await db.people.get(person!['id'] as string)) as unknown as {
      searchTokens: string[];
    };
    expect(restored.searchTokens.length).toBeGreaterThan(
      (person!['searchTokens'] as string[]).length,
    );
    // No staging database is left behind.
    const names = (await indexedDB.databases()).map((info) => info.name);
    expect(names.filter((name) => name?.endsWith('-restore-upgrade'))).toEqual([]);
  });

  it('still refuses a backup from a newer Tulay, changing nothing', async () => {
    const db = await freshDatabase();
    opened.push(db);
    const file = await backupOf(
      { people: [{ id: 'p1', givenName: 'Future' }] },
      LATEST_SCHEMA_VERSION + 1,
    );
    const error = await restoreBackup(db, file, passphrase, { testMinIterations: 1000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).problem).toBe('newerSchema');
    expect(await db.people.count()).toBe(0);
  });
});
