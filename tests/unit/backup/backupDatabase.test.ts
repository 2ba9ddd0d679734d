import { afterEach, describe, expect, it } from 'vitest';
import { createRecord, type TulayDatabase } from '../../../renderer/db';
import {
  searchIndexesSettled,
  searchInMemory,
  warmSearchIndexes,
} from '../../../renderer/db/searchIndex';
import {
  backupDatabase,
  holdsData,
  restoreBackup,
} from '../../../renderer/features/backup/backupDatabase';
import { checkAuditChain } from '../../../renderer/db/auditChain';
import { BackupError } from '../../../renderer/features/backup/backupFormat';
import { createPerson, searchIds } from '../../../renderer/features/people';
import { loadSampleData } from '../../../renderer/features/settings/sampleData';
import { writeSetting } from '../../../renderer/features/settings/settingsRepository';
import { clearText, freshDatabase, storedRows, writer } from '../db/testDatabase';

const passphrase = 'Tatlong salita, isang susi';
const fast = { testIterations: 1000 };
const accept = { testMinIterations: 1000 };
const desk = { presetId: 'ofw-ph' as const, referencePrefix: 'LGZ' };

const opened: TulayDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
async function database() {
  const db = await freshDatabase();
  opened.push(db);
  return db;
}

/** Every table of the database, each sorted by id: what a restore must give back. */
async function snapshot(db: TulayDatabase) {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.orderBy(':id').toArray();
  return tables;
}

async function fillDesk(db: TulayDatabase) {
  const ctx = writer(db);
  await writeSetting(ctx, 'deskProfile', { deskName: 'Lingkod OFW', language: 'fil' });
  await createPerson(ctx, { givenName: 'Begoña', familyName: 'Peñaranda' });
  await createPerson(ctx, { givenName: 'فاطمة', familyName: 'الزهراء' });
  await loadSampleData(ctx, desk, { cases: 60, seed: 3, chunkCases: 30 });
  await createRecord(ctx, 'staff', { displayName: 'Ñora', role: 'officer', active: true });
}

/** A stored row with its sealed values as a mark: what a copied profile folder shows of it. */
const sealedShape = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      typeof value === 'string' && value.startsWith('enc1:') ? 'sealed' : value,
    ]),
  );

// Sample data makes a few hundred records through the write path: seconds on a loaded machine.
describe('backup and restore of a whole desk', { timeout: 30_000 }, () => {
  it('restores into an empty database exactly what was backed up, table by table', async () => {
    const source = await database();
    await fillDesk(source);
    const before = await snapshot(source);
    expect(before['people']!.length).toBeGreaterThan(60);
    expect(before['reportCounts']!.length).toBeGreaterThan(0);

    const file = await backupDatabase(source, passphrase, fast);
    const target = await database();
    expect(await holdsData(target)).toBe(false);
    const result = await restoreBackup(target, file, passphrase, accept);

    const after = await snapshot(target);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      expect(after[name], name).toEqual(before[name]);
    }
    expect(result.records).toBeGreaterThan(before['people']!.length);
    // The audit trail's chain holds after the restore, and goes on from where it was.
    const chain = await checkAuditChain(target);
    expect(chain.breaks).toEqual([]);
    expect(chain.verified).toBe(before['audit']!.length);
    await createPerson(writer(target), { givenName: 'After', familyName: 'Restore' });
    expect((await checkAuditChain(target)).breaks).toEqual([]);
  });

  it("stores the restored people as the desk's write path does: sealed, blind-indexed, found by name", async () => {
    const source = await database();
    const person = await createPerson(writer(source), {
      givenName: 'Zephyrine',
      familyName: 'Quillfeather',
      phone: '0917 482 9361',
      notes: 'Arrived from Jeddah',
    });
    await fillDesk(source);
    const file = await backupDatabase(source, passphrase, fast);

    // Another desk (its own keys), as a new PC set up after the old one was lost.
    const target = await database();
    const result = await restoreBackup(target, file, passphrase, accept);
    expect(result.keysChanged).toBe(true);

    // At rest: no name, phone or note in clear, and every row of every table stored as the
    // source stored it (search tokens, report counts, the audit chain and its head), but for
    // the nonces of its sealed values (the blind index, under the same key, is equal).
    const text = clearText(await storedRows(target, 'people'));
    for (const plain of ['Zephyrine', 'zephyrine', 'Quillfeather', 'quill', '9361', 'Jeddah'])
      expect(text).not.toContain(plain);
    const asStored = async (db: TulayDatabase, table: string) =>
      (await storedRows(db, table))
        .map(sealedShape)
        .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    for (const { name } of source.tables)
      expect(await asStored(target, name), name).toEqual(await asStored(source, name));

    // Read back and searched through the database: the blind index and the in-memory index.
    expect(await target.people.get(person.id)).toEqual(await source.people.get(person.id));
    expect(await searchIds(target, 'people', 'quillf')).toEqual([person.id]);
    expect(await searchIds(target, 'people', 'zephyrine quill')).toEqual([person.id]);
    await warmSearchIndexes(target);
    expect(searchInMemory(target, 'people', ['quillfeather'], 10)).toEqual([person.id]);
  });

  it('keeps a copy of what it replaces, saved before replacing, and the copy restores it', async () => {
    const old = await database();
    await createPerson(writer(old), { givenName: 'Old', familyName: 'Desk' });
    const oldData = await snapshot(old);
    const source = await database();
    await fillDesk(source);
    const file = await backupDatabase(source, passphrase, fast);

    let safety: Blob | null = null;
    let peopleWhenSaved = -1;
    await restoreBackup(old, file, passphrase, {
      ...accept,
      saveSafetyCopy: async () => {
        peopleWhenSaved = await old.people.count();
        safety = await backupDatabase(old, passphrase, fast);
      },
    });
    expect(peopleWhenSaved).toBe(1);
    expect(await old.people.count()).toBe(await source.people.count());

    const back = await database();
    await restoreBackup(back, safety!, passphrase, accept);
    expect(await snapshot(back)).toEqual(oldData);
  });

  it('changes nothing when the safety copy cannot be saved', async () => {
    const db = await database();
    await createPerson(writer(db), { givenName: 'Stays', familyName: 'Here' });
    const before = await snapshot(db);
    const file = await backupDatabase(await database(), passphrase, fast);
    await expect(
      restoreBackup(db, file, passphrase, {
        ...accept,
        saveSafetyCopy: () => Promise.reject(new Error('disk full')),
      }),
    ).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(before);
  });

  it('changes nothing, and saves no copy, for a wrong passphrase or a damaged file', async () => {
    const source = await database();
    await fillDesk(source);
    const file = await backupDatabase(source, passphrase, fast);
    const db = await database();
    await createPerson(writer(db), { givenName: 'Stays', familyName: 'Here' });
    const before = await snapshot(db);
    let copies = 0;
    const options = {
      ...accept,
      saveSafetyCopy: () => {
        copies += 1;
        return Promise.resolve();
      },
    };

    await expect(restoreBackup(db, file, 'not it', options)).rejects.toMatchObject({
      problem: 'wrongPassphrase',
    });
    const bytes = new Uint8Array(await file.arrayBuffer());
    bytes[Math.floor(bytes.length * 0.8)]! ^= 4;
    await expect(restoreBackup(db, new Blob([bytes]), passphrase, options)).rejects.toBeInstanceOf(
      BackupError,
    );
    await expect(
      restoreBackup(db, file.slice(0, file.size - 30), passphrase, options),
    ).rejects.toMatchObject({ problem: 'truncated' });
    expect(copies).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it('changes nothing when the file fails while its records are being written', async () => {
    const source = await database();
    await fillDesk(source);
    const file = await backupDatabase(source, passphrase, fast);
    const db = await database();
    await createPerson(writer(db), { givenName: 'Stays', familyName: 'Here' });
    const before = await snapshot(db);

    // The file as a USB drive gives it: readable while it is checked, then pulled out halfway
    // through the second reading, after several tables have been refilled.
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
    await restoreBackup(await database(), pulledOut, passphrase, accept);
    // The check reads the file once, the write once more: three quarters is well into the write.
    failAt = Math.floor(reads * 0.75);
    reads = 0;
    let written = 0;
    let total = 0;
    let copies = 0;
    await expect(
      restoreBackup(db, pulledOut, passphrase, {
        ...accept,
        saveSafetyCopy: () => {
          copies += 1;
          return Promise.resolve();
        },
        onProgress: (done, all) => {
          written = done;
          total = all;
        },
      }),
    ).rejects.toThrow(/removed/);
    expect(copies).toBe(1);
    // Tables had been cleared and refilled when the drive went (more records written than the
    // desk has cases, fewer than the file holds): the transaction undid them.
    expect(written).toBeGreaterThan(await source.cases.count());
    expect(written).toBeLessThan(total);
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the in-memory search answering from the restored people', async () => {
    const source = await database();
    await createPerson(writer(source), { givenName: 'Ibarra', familyName: 'Crisóstomo' });
    const file = await backupDatabase(source, passphrase, fast);

    const db = await database();
    await createPerson(writer(db), { givenName: 'Maria', familyName: 'Clara' });
    await warmSearchIndexes(db);
    expect(searchInMemory(db, 'people', ['clara'], 10)).toHaveLength(1);

    await restoreBackup(db, file, passphrase, accept);
    await searchIndexesSettled();
    expect(searchInMemory(db, 'people', ['clara'], 10)).toEqual([]);
    expect(searchInMemory(db, 'people', ['ibarra'], 10)).toHaveLength(1);
  });
});
