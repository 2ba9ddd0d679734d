// What encryption at rest decrypts, and what it need not (docs/encryption.md, "What it costs"):
// a search reads records only for their tokens, the search index's build only for their tokens
// and names; an opened value is remembered for the session without losing its binding to its
// place; sealing an old database rewrites rows below the middlewares and reads back the same.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createDatabase,
  createRecords,
  lockDatabase,
  openDatabase,
  readForSearch,
  sealExistingRecords,
  searchInMemory,
  unlockDatabase,
  warmSearchIndexes,
  type TulayDatabase,
} from '../../../renderer/db';
import { FieldCipher, SealedValueError } from '../../../renderer/db/fieldCipher';
import { createPerson, searchIds } from '../../../renderer/features/people';
import { freshDatabase, testFieldKeys, writer } from './testDatabase';

const maria = {
  givenName: 'Maricel',
  familyName: 'dela Cruz',
  phone: '0917 555 0142',
  email: 'maricel@example.ph',
  birthDate: '1988-02-14',
  notes: 'Fled an abusive employer in Riyadh',
};

/** The fields (last part of each `table/id/field` place) the cipher opens while `run` runs. */
async function fieldsOpened(run: () => Promise<unknown>): Promise<Set<string>> {
  const spy = vi.spyOn(FieldCipher.prototype, 'open');
  try {
    await run();
    return new Set(spy.mock.calls.map(([, where]) => where.split('/').slice(2).join('/')));
  } finally {
    spy.mockRestore();
  }
}

function rawRows(db: TulayDatabase, table: string): Promise<Record<string, unknown>[]> {
  const store = db.backendDB().transaction(table, 'readonly').objectStore(table);
  return new Promise((resolve, reject) => {
    const req = store.getAll();
    req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function rawPut(db: TulayDatabase, table: string, row: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(table, 'readwrite');
    tx.objectStore(table).put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
  });
}

describe('what encryption at rest decrypts', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('finds people before the in-memory index is built by opening only their tokens', async () => {
    db = await freshDatabase();
    const person = await createPerson(writer(db), maria);
    await createPerson(writer(db), { ...maria, givenName: 'Ana', phone: '0918 000 1111' });
    expect(searchInMemory(db, 'people', ['cruz'], 10)).toBeNull();
    let found: string[] = [];
    const opened = await fieldsOpened(async () => {
      found = await searchIds(db, 'people', 'cruz mar');
    });
    expect(found).toEqual([person.id]);
    expect([...opened]).toEqual(['searchTokens']);
    // By the end of a phone number: the same.
    const byPhone = await fieldsOpened(async () => {
      found = await searchIds(db, 'people', '0142');
    });
    expect(found).toEqual([person.id]);
    expect([...byPhone]).toEqual(['searchTokens']);
    // What is shown afterwards is read whole, as before.
    expect(await db.people.get(person.id)).toMatchObject(maria);
  });

  it('builds the search index from the tokens and names alone', async () => {
    db = await freshDatabase();
    const person = await createPerson(writer(db), maria);
    const opened = await fieldsOpened(() => warmSearchIndexes(db));
    expect([...opened].sort()).toEqual(['familyName', 'givenName', 'searchTokens']);
    expect(searchInMemory(db, 'people', ['dela', 'mari'], 10)).toEqual([person.id]);
  });

  it('reads records whole when asked for a search inside another transaction', async () => {
    db = await freshDatabase();
    const person = await createPerson(writer(db), maria);
    // A write transaction may put back what it read: it must never get a record without its notes.
    const read = await db.transaction('rw', db.people, () =>
      readForSearch(db, ['people'], () => db.people.get(person.id)),
    );
    expect(read).toMatchObject(maria);
    const alone = await readForSearch(db, ['people'], () => db.people.get(person.id), [
      'givenName',
      'familyName',
    ]);
    expect(alone).toMatchObject({ givenName: 'Maricel', familyName: 'dela Cruz' });
    expect(alone).not.toHaveProperty('notes');
    expect(alone).not.toHaveProperty('phone');
  });

  it('remembers opened values per place, giving each read objects of its own', () => {
    const cipher = new FieldCipher(testFieldKeys());
    const sealed = cipher.seal(['dela', 'cruz'], 'people/1/searchTokens');
    const first = cipher.open(sealed, 'people/1/searchTokens') as string[];
    first.push('changed by the caller');
    expect(cipher.open(sealed, 'people/1/searchTokens')).toEqual(['dela', 'cruz']);
    // Opened once here, it still does not open in another record or field.
    expect(() => cipher.open(sealed, 'people/2/searchTokens')).toThrow(SealedValueError);
    expect(() => cipher.open(sealed, 'cases/1/searchTokens')).toThrow(SealedValueError);
    // Forgotten at the lock: a changed value under the same place no longer opens.
    cipher.forget();
    const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => cipher.open(tampered, 'people/1/searchTokens')).toThrow(SealedValueError);
  });

  it('forgets what it opened when the desk locks: another key does not read it back', async () => {
    db = await freshDatabase();
    const person = await createPerson(writer(db), maria);
    expect((await db.people.get(person.id))?.notes).toBe(maria.notes);
    lockDatabase(db);
    unlockDatabase(db, testFieldKeys());
    await expect(db.people.get(person.id)).rejects.toBeInstanceOf(SealedValueError);
  });
});

describe('sealing, below the middlewares', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('seals a row left half sealed and one in clear, and both read and are found as before', async () => {
    db = createDatabase(`tulay-unit-seal-half-${Date.now()}`);
    await openDatabase(db);
    const [inClear] = await createRecords(writer(db), 'people', [
      { givenName: 'Lorna', familyName: 'Bautista', searchTokens: ['lorna', 'bautista'] },
    ]);
    const keys = testFieldKeys();
    unlockDatabase(db, keys);
    // Written sealed, then its notes put back in clear (as a crash half-way might leave it).
    const half = await createPerson(writer(db), maria);
    const stored = (await rawRows(db, 'people')).find((row) => row.id === half.id)!;
    await rawPut(db, 'people', { ...stored, notes: 'Left in clear' });
    const auditBefore = await db.audit.count();

    await sealExistingRecords(db);
    const rows = await rawRows(db, 'people');
    const text = JSON.stringify(rows);
    for (const plain of ['Lorna', 'lorna', 'bautista', 'Left in clear'])
      expect(text).not.toContain(plain);
    expect(await db.people.get(half.id)).toMatchObject({ ...maria, notes: 'Left in clear' });
    expect(await db.people.get(inClear!.id)).toMatchObject({ givenName: 'Lorna' });
    expect(await searchIds(db, 'people', 'dela cruz')).toEqual([half.id]);
    expect(await searchIds(db, 'people', 'bautista lor')).toEqual([inClear!.id]);
    // The values did not change: nothing to audit.
    expect(await db.audit.count()).toBe(auditBefore);
  });
});
