import { afterEach, describe, expect, it } from 'vitest';
import {
  createDatabase,
  createRecords,
  DatabaseLockedError,
  lockDatabase,
  openDatabase,
  saveDraft,
  loadDraft,
  sealExistingRecords,
  needsSealing,
  unlockDatabase,
  type TulayDatabase,
} from '../../../renderer/db';
import { createPerson, searchIds } from '../../../renderer/features/people';
import { FieldCipher, SealedValueError } from '../../../renderer/db/fieldCipher';
import { freshDatabase, testFieldKeys, writer } from './testDatabase';

/** Every row of a store exactly as IndexedDB holds it, as one text to search. */
async function storedText(db: TulayDatabase, table: string): Promise<string> {
  const store = db.backendDB().transaction(table, 'readonly').objectStore(table);
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const req = store.getAll();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
  return JSON.stringify(rows);
}

const maria = {
  givenName: 'Maricel',
  familyName: 'dela Cruz',
  phone: '0917 555 0142',
  email: 'maricel@example.ph',
  birthDate: '1988-02-14',
  notes: 'Fled an abusive employer in Riyadh',
};

describe('encryption at rest', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('stores names, phone, birth date and notes sealed, and reads them back as they were', async () => {
    db = await freshDatabase();
    const stored = await createPerson(writer(db), maria);
    const text = await storedText(db, 'people');
    for (const plain of ['Maricel', 'maricel', 'Cruz', 'cruz', '0917', '0142', '1988', 'Riyadh'])
      expect(text).not.toContain(plain);
    expect(text).toContain('enc1:');
    const read = await db.people.get(stored.id);
    expect(read).toMatchObject({ ...maria, sex: 'unknown' });
    // The in-memory index is built from reads: they give the plain tokens back.
    expect(read?.searchTokens).toContain('cruz');
    // Clear: what indexes and reports need.
    expect(text).toContain(stored.id);
    expect(text).toContain(stored.createdAt);
  });

  it('keeps a nested field and a non-string value with its type', async () => {
    db = await freshDatabase();
    await saveDraft(db, 'intake', { givenName: 'Maricel', urgency: 3, tags: ['a', 'b'] });
    expect(await storedText(db, 'drafts')).not.toContain('Maricel');
    expect(await loadDraft(db, 'intake')).toEqual({
      givenName: 'Maricel',
      urgency: 3,
      tags: ['a', 'b'],
    });
  });

  it('seals both values a sync conflict keeps of a personal field', async () => {
    db = await freshDatabase();
    const desk = (deskName: string) => ({
      deskId: '0193a000-0000-7000-8000-00000000000a',
      deskName,
    });
    await db.conflicts.add({
      id: '0193a000-0000-7000-8000-000000000001',
      table: 'people',
      recordId: '0193a000-0000-7000-8000-000000000002',
      field: 'phone',
      storedValue: '0917 555 0142',
      otherValue: '0918 777 0199',
      storedBy: desk('Desk A'),
      otherBy: desk('Desk B'),
      otherAt: '2026-12-05T10:00:00.000Z',
      createdAt: '2026-12-05T10:00:00.000Z',
      resolvedAt: null,
      seq: 4,
      state: 'open',
    });
    const text = await storedText(db, 'conflicts');
    for (const plain of ['0917', '0918', '0142', '0199']) expect(text).not.toContain(plain);
    expect(await db.conflicts.get('0193a000-0000-7000-8000-000000000001')).toMatchObject({
      storedValue: '0917 555 0142',
      otherValue: '0918 777 0199',
    });
  });

  it('finds "dela Cruz" by "dela" and by "cruz" through a blind index that holds no plain token', async () => {
    db = await freshDatabase();
    const person = await createPerson(writer(db), maria);
    await createPerson(writer(db), { givenName: 'Jose', familyName: 'Santos' });
    expect(await searchIds(db, 'people', 'dela')).toEqual([person.id]);
    expect(await searchIds(db, 'people', 'cruz')).toEqual([person.id]);
    expect(await searchIds(db, 'people', 'cruz mar')).toEqual([person.id]);
    expect(await searchIds(db, 'people', 'delacruzz')).toEqual([]);
    // By the end of the phone number, read off a call log.
    expect(await searchIds(db, 'people', '0142')).toEqual([person.id]);
    const tokens = await db.people.where('searchTokens').equals('cruz').primaryKeys();
    expect(tokens).toEqual([person.id]);
    const text = await storedText(db, 'people');
    for (const token of ['dela', 'cruz', 'delacruz', 'maricel', '09175550142'])
      expect(text).not.toContain(`"${token}"`);
  });

  it('refuses to read or write personal data while locked, and not the rest', async () => {
    db = await freshDatabase();
    const person = await createPerson(writer(db), maria);
    lockDatabase(db);
    await expect(db.people.get(person.id)).rejects.toBeInstanceOf(DatabaseLockedError);
    await expect(db.people.toArray()).rejects.toBeInstanceOf(DatabaseLockedError);
    await expect(
      createPerson(writer(db), { givenName: 'Ana', familyName: 'Reyes' }),
    ).rejects.toBeInstanceOf(DatabaseLockedError);
    await expect(saveDraft(db, 'intake', { x: 1 })).rejects.toBeInstanceOf(DatabaseLockedError);
    expect(await db.staff.toArray()).toEqual([]);
    expect(await db.audit.count()).toBe(1);
  });

  it('does not open another desk key’s fields', async () => {
    db = await freshDatabase();
    const person = await createPerson(writer(db), maria);
    unlockDatabase(db, testFieldKeys());
    await expect(db.people.get(person.id)).rejects.toBeInstanceOf(SealedValueError);
  });

  it('binds a sealed value to its record and field', () => {
    const cipher = new FieldCipher(testFieldKeys());
    const sealed = cipher.seal('Maricel', 'people/1/givenName');
    expect(cipher.open(sealed, 'people/1/givenName')).toBe('Maricel');
    expect(() => cipher.open(sealed, 'people/2/givenName')).toThrow(SealedValueError);
    expect(() => cipher.open(sealed, 'people/1/familyName')).toThrow(SealedValueError);
  });
});

describe('sealing a database written before encryption', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('seals every record in batches with progress, keeps them all, and can be run again', async () => {
    db = createDatabase(`tulay-unit-seal-${Date.now()}`);
    await openDatabase(db);
    // Written before the upgrade: no keys, everything in clear.
    const people = await createRecords(
      writer(db),
      'people',
      Array.from({ length: 612 }, (_, i) => ({
        givenName: `Person${i}`,
        familyName: 'Bautista',
        phone: `0917 000 ${String(i).padStart(4, '0')}`,
        searchTokens: [`person${i}`, 'bautista'],
      })),
    );
    await saveDraft(db, 'intake', { givenName: 'Draftname' });
    expect(await storedText(db, 'people')).toContain('Bautista');

    unlockDatabase(db, testFieldKeys());
    expect(await needsSealing(db)).toBe(true);
    // Read in clear before sealing: nothing is unreadable half-way.
    expect((await db.people.get(people[0]!.id))?.givenName).toBe('Person0');
    const seen: number[] = [];
    await sealExistingRecords(db, ({ done, total }) => {
      seen.push(done);
      expect(total).toBe(613);
    });
    expect(seen).toEqual([0, 500, 612, 613]);
    expect(await needsSealing(db)).toBe(false);
    const text = await storedText(db, 'people');
    expect(text).not.toContain('Bautista');
    expect(text).not.toContain('bautista');
    expect(await storedText(db, 'drafts')).not.toContain('Draftname');
    expect(await db.people.count()).toBe(612);
    const back = await db.people.bulkGet(people.map((p) => p.id));
    expect(back.map((p) => p?.givenName)).toEqual(people.map((p) => p.givenName));
    expect(await searchIds(db, 'people', 'bautista person599')).toEqual([people[599]!.id]);

    // A crash half-way left some records sealed and some not: the next run does the rest.
    const before = await storedText(db, 'people');
    await sealExistingRecords(db);
    expect(await storedText(db, 'people')).toBe(before);
  }, 30_000);
});
