// A restore on real IndexedDB (Chromium) whose file stops being readable while its records are
// being written, as a USB drive pulled out halfway: the one transaction, kept open across each
// read and decryption, is undone and the desk holds exactly what it held before.
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, openDatabase, type TulayDatabase } from '../../../renderer/db';
import { backupDatabase, restoreBackup } from '../../../renderer/features/backup';
import { createPerson } from '../../../renderer/features/people';
import { loadSampleData } from '../../../renderer/features/settings/sampleData';
import { completeSetup } from '../../../renderer/features/settings/settingsRepository';
import { LEGAZPI_DESK } from '../deskFixture';

let counter = 0;
const passphrase = 'Mabuhay ang Legazpi 2026';
const fast = { testIterations: 1000 };
const accept = { testMinIterations: 1000 };

const opened: TulayDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function database() {
  const db = createDatabase(`tulay-browser-restore-${Date.now()}-${counter++}`);
  await openDatabase(db);
  opened.push(db);
  return db;
}

async function snapshot(db: TulayDatabase) {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.orderBy(':id').toArray();
  return tables;
}

describe('an interrupted restore', () => {
  it('leaves the desk as it was when the file fails halfway through the write', async () => {
    const source = await database();
    const staffId = await completeSetup(source, LEGAZPI_DESK);
    await loadSampleData({ db: source, actor: staffId }, LEGAZPI_DESK, {
      cases: 300,
      seed: 5,
      chunkCases: 100,
    });
    const file = await backupDatabase(source, passphrase, fast);

    let reads = 0;
    let failAt = Number.POSITIVE_INFINITY;
    const pulledOut = {
      size: file.size,
      slice(start?: number, end?: number) {
        reads += 1;
        if (reads >= failAt) throw new DOMException('The drive was removed', 'NotReadableError');
        return file.slice(start, end);
      },
    } as Blob;
    // A whole restore, counted: the same file restores every case.
    const whole = await database();
    await restoreBackup(whole, pulledOut, passphrase, accept);
    expect(await whole.cases.count()).toBe(await source.cases.count());

    const desk = await database();
    const deskStaff = await completeSetup(desk, LEGAZPI_DESK);
    await createPerson({ db: desk, actor: deskStaff }, { givenName: 'Stays', familyName: 'Here' });
    const before = await snapshot(desk);
    // The check reads the file once and the write once more: three quarters is into the write.
    failAt = Math.floor(reads * 0.75);
    reads = 0;
    let written = 0;
    let total = 0;
    await expect(
      restoreBackup(desk, pulledOut, passphrase, {
        ...accept,
        saveSafetyCopy: () => Promise.resolve(),
        onProgress: (done, all) => {
          written = done;
          total = all;
        },
      }),
    ).rejects.toThrow(/removed/);
    // Tables had been refilled (more records written than the source has cases) when it failed.
    expect(written).toBeGreaterThan(await source.cases.count());
    expect(written).toBeLessThan(total);
    expect(await snapshot(desk)).toEqual(before);
  });
});
