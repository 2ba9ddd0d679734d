import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDatabase, putStoredRows, type TulayDatabase } from '../../../renderer/db';
import { DatabaseLockedError } from '../../../renderer/db/encryption';
import { createPerson } from '../../../renderer/features/people';
import { freshDatabase, storedRows, writer } from './testDatabase';

let db: TulayDatabase;
afterEach(() => db?.close());

/** A case as a backup holds it: clear, with its search tokens. */
const caseRow = (id: string, reference: string) => ({
  id,
  reference,
  clientId: 'p1',
  status: 'open',
  openedAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
  categories: ['documents'],
  description: 'Passport held by the agency',
  searchTokens: [reference.toLowerCase()],
});

describe('putStoredRows', () => {
  it('stores rows sealed as the write path seals them, and they read back as given', async () => {
    db = await freshDatabase();
    const row = caseRow('c1', 'LGZ-2026-0001');
    await db.transaction('rw', db.cases, () =>
      putStoredRows(db, Dexie.currentTransaction.idbtrans, 'cases', [row]),
    );
    const [stored] = await storedRows(db, 'cases');
    expect(JSON.stringify(stored)).not.toContain('Passport');
    expect(stored!.description).toMatch(/^enc1:/);
    expect(await db.cases.get('c1')).toEqual(row);
  });

  it('stores nothing of the transaction when one row is refused, and says so', async () => {
    db = await freshDatabase();
    await createPerson(writer(db), { givenName: 'Stays', familyName: 'Here' });
    const write = db.transaction('rw', [db.cases, db.people], async () => {
      const trans = Dexie.currentTransaction.idbtrans;
      await putStoredRows(db, trans, 'cases', [caseRow('c1', 'LGZ-1'), caseRow('c2', 'LGZ-2')]);
      await db.people.clear();
      // The reference is unique: the second of these is refused.
      await putStoredRows(db, trans, 'cases', [caseRow('c3', 'LGZ-3'), caseRow('c4', 'LGZ-3')]);
    });
    await expect(write).rejects.toThrow();
    expect(await db.cases.count()).toBe(0);
    expect(await db.people.count()).toBe(1);
  });

  it('refuses to write personal data while the desk is locked', async () => {
    db = await freshDatabase();
    lockDatabase(db);
    await expect(
      db.transaction('rw', db.cases, () =>
        putStoredRows(db, Dexie.currentTransaction.idbtrans, 'cases', [caseRow('c1', 'LGZ-1')]),
      ),
    ).rejects.toBeInstanceOf(DatabaseLockedError);
    expect((await storedRows(db, 'cases')).length).toBe(0);
  });
});
