import { afterEach, describe, expect, it, vi } from 'vitest';
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
  pendingSealing,
  readForSearch,
  readWithoutPersonal,
  searchInMemory,
  unlockDatabase,
  warmSearchIndexes,
  type TulayDatabase,
} from '../../../renderer/db';
import { createPerson, searchIds } from '../../../renderer/features/people';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { Interner, type CaseSummary } from '../../../renderer/features/cases/list/caseSummary';
import {
  loadAllCases,
  loadNewestCases,
} from '../../../renderer/features/cases/list/caseSummaryRepository';
import { FieldCipher, SealedValueError } from '../../../renderer/db/fieldCipher';
import {
  clearText,
  fixedFieldKeys,
  freshDatabase,
  storedRows,
  testFieldKeys,
  writer,
} from './testDatabase';
import { downgradeBlindIndex, isOldBlindKey } from '../../fixtures/blindIndexOld';
import { isCurrentBlindForm } from '../../../renderer/db/fieldCipher';

/** Every row of a store exactly as IndexedDB holds it, as one text to search. */
async function storedText(db: TulayDatabase, table: string): Promise<string> {
  return JSON.stringify(await storedRows(db, table));
}

/**
 * The keys of the blind index are chains of hashed characters, `.`, and a hashed check: no plain
 * token is among them.
 */
function expectOnlyHashes(rows: readonly Record<string, unknown>[]) {
  for (const row of rows) {
    const keys = (row.searchTokens as string[] | undefined) ?? [];
    expect(isCurrentBlindForm(keys)).toBe(true);
  }
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
    const rows = await storedRows(db, 'people');
    expectOnlyHashes(rows);
    const text = clearText(rows);
    for (const plain of ['Maricel', 'maricel', 'Cruz', 'cruz', '0917', '0142', '1988', 'Riyadh'])
      expect(text).not.toContain(plain);
    expect(text).toContain('enc1:');
    const read = await db.people.get(stored.id);
    expect(read).toMatchObject({ ...maria, sex: 'unknown' });
    // The in-memory index is built from reads: they give the plain tokens back.
    expect(read?.searchTokens).toContain('cruz');
    // Clear: what indexes and reports need.
    expect(rows.map((row) => row.id)).toContain(stored.id);
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
    const text = clearText(await storedRows(db, 'conflicts'));
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
    const maricar = await createPerson(writer(db), { givenName: 'Maricar', familyName: 'Reyes' });
    expect(await searchIds(db, 'people', 'dela')).toEqual([person.id]);
    // Between the stored prefix lengths (5 and 8): "maric" is stored, "marice" asks for it and
    // the decrypted tokens tell Maricel from Maricar.
    expect(await searchIds(db, 'people', 'maric')).toEqual([maricar.id, person.id]);
    expect(await searchIds(db, 'people', 'marice')).toEqual([person.id]);
    expect(await searchIds(db, 'people', 'maricar')).toEqual([maricar.id]);
    expect(await searchIds(db, 'people', 'cruz')).toEqual([person.id]);
    expect(await searchIds(db, 'people', 'cruz mar')).toEqual([person.id]);
    expect(await searchIds(db, 'people', 'delacruzz')).toEqual([]);
    // By the end of the phone number, read off a call log.
    expect(await searchIds(db, 'people', '0142')).toEqual([person.id]);
    // A number's whole digits by equality (the duplicate check), not its start.
    const byNumber = await db.people.where('searchTokens').equals('9175550142').primaryKeys();
    expect(byNumber).toEqual([person.id]);
    expect(await db.people.where('searchTokens').equals('917555014').primaryKeys()).toEqual([]);
    const text = await storedText(db, 'people');
    for (const token of ['dela', 'cruz', 'delacruz', 'maricel', '09175550142'])
      expect(text).not.toContain(`"${token}"`);
    // Version 5: one key a token, as many as the tokens in clear.
    const [row] = (await storedRows(db, 'people')).filter((r) => r.id === person.id);
    const hashes = row!.searchTokens as string[];
    expect(hashes).toHaveLength(new Set(person.searchTokens).size);
    expect(isCurrentBlindForm(hashes)).toBe(true);
  });

  it('asks the index for little more than the words a query starts', async () => {
    db = await freshDatabase({ keys: fixedFieldKeys() });
    const rosas = await createRecords(
      writer(db),
      'people',
      Array.from({ length: 300 }, (_, i) => ({
        givenName: `Person${i}`,
        familyName: 'Dela Rosa',
        searchTokens: [`person${i}`, 'dela', 'rosa', 'delarosa'],
      })),
    );
    const delara = await createPerson(writer(db), { givenName: 'Ana', familyName: 'Delara' });
    const opened = async (query: string) => {
      const spy = vi.spyOn(FieldCipher.prototype, 'open');
      try {
        const ids = await searchIds(db, 'people', query, 1_000);
        return { ids, opened: spy.mock.calls.length };
      } finally {
        spy.mockRestore();
      }
    };
    // "delara": every Dela Rosa shares its first five characters, and so the start of its key;
    // the mark of its sixth tells them apart, but for about one in 64. Version 3 read and opened
    // all 301 to find one.
    const one = await opened('delara');
    expect(one.ids).toEqual([delara.id]);
    expect(one.opened).toBeLessThan(30);
    const all = await opened('delaro');
    expect(all.ids).toHaveLength(300);
    expect(new Set(all.ids)).toEqual(new Set(rosas.map((r) => r.id)));
    // Longer than every token: no key starts with its chain.
    expect(await searchIds(db, 'people', 'delarosaa')).toEqual([]);
    expect((await searchIds(db, 'people', 'delarosa', 1_000)).length).toBe(300);
  }, 30_000);

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
    const text = clearText(await storedRows(db, 'people'));
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

  it.each([1, 2, 3, 4] as const)(
    're-blinds a desk sealed with the blind index version %i, resumably, its fields untouched',
    async (version) => {
      const keys = testFieldKeys();
      db = createDatabase(`tulay-unit-reblind-${Date.now()}`);
      unlockDatabase(db, keys);
      await openDatabase(db);
      const dela = await createPerson(writer(db), maria);
      const others = await createRecords(
        writer(db),
        'people',
        Array.from({ length: 520 }, (_, i) => ({
          givenName: `Person${i}`,
          familyName: 'Bautista',
          searchTokens: [`person${i}`, 'bautista'],
        })),
      );
      await sealExistingRecords(db);
      expect(await pendingSealing(db)).toBeNull();
      const audit = await db.audit.count();

      // The desk as that version left it: its hashes (22, 11, 12 or 14 to 17 characters), its
      // marker.
      expect(await downgradeBlindIndex(db, keys, version)).toBe(521);
      const old = await storedRows(db, 'people');
      for (const row of old)
        for (const hash of row.searchTokens as string[])
          expect(isOldBlindKey(version, hash), hash).toBe(true);
      expect(await pendingSealing(db)).toBe('reindex');
      // A query asks for the new form's hashes: the old rows are not found until re-blinded.
      expect(await searchIds(db, 'people', 'cruz')).toEqual([]);

      // Stopped after the first batch (Tulay closed): the marker is not written, the rest waits.
      const stop = new Error('closed half-way');
      await expect(
        sealExistingRecords(db, ({ done }) => {
          if (done > 0) throw stop;
        }),
      ).rejects.toBe(stop);
      expect(await pendingSealing(db)).toBe('reindex');
      const half = await storedRows(db, 'people');
      const current = (r: Record<string, unknown>) =>
        isCurrentBlindForm(r.searchTokens as string[]);
      expect(half.filter(current)).toHaveLength(500);

      const seen: number[] = [];
      await sealExistingRecords(db, ({ done }) => seen.push(done));
      expect(seen).toEqual([0, 500, 521]);
      expect(await pendingSealing(db)).toBeNull();
      const after = await storedRows(db, 'people');
      const before = new Map(old.map((row) => [row.id, row]));
      for (const row of after) {
        expect(isCurrentBlindForm(row.searchTokens as string[])).toBe(true);
        // Only the tokens were rewritten: the sealed fields are the same ciphertext.
        const was = before.get(row.id)!;
        expect([row.givenName, row.familyName, row.phone]).toEqual([
          was.givenName,
          was.familyName,
          was.phone,
        ]);
      }
      const text = clearText(after);
      for (const plain of ['Maricel', 'maricel', 'cruz', 'bautista', '0142'])
        expect(text).not.toContain(plain);
      expect(await searchIds(db, 'people', 'dela')).toEqual([dela.id]);
      expect(await searchIds(db, 'people', 'cruz')).toEqual([dela.id]);
      expect(await searchIds(db, 'people', '0142')).toEqual([dela.id]);
      expect(await searchIds(db, 'people', 'bautista person519')).toEqual([others[519]!.id]);
      expect(await db.audit.count()).toBe(audit);
    },
    30_000,
  );
});

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

  it("opens nothing for the case list's summary of every case, and the summary is whole", async () => {
    db = await freshDatabase();
    const client = await createPerson(writer(db), maria);
    const opened = await createCase(
      writer(db),
      { presetId: 'ofw-ph', referencePrefix: 'LGZ' },
      {
        clientId: client.id,
        clientRole: 'returnedOfw',
        ofwDetails: { destinationCountry: 'SA', eRegistrationNumber: 'E-1234567' },
        channel: 'walkIn',
        categories: ['welfare'],
        urgency: 'high',
        description: 'Unpaid wages; the employer kept her passport',
        consents: [],
      },
    );
    const summaries: CaseSummary[] = [];
    const decrypted = await fieldsOpened(async () => {
      await loadAllCases(db, new Interner(), (chunk) => summaries.push(...chunk) > 0);
      summaries.push(...(await loadNewestCases(db, new Interner(), 10)));
    });
    expect([...decrypted]).toEqual([]);
    const expected = {
      id: opened.id,
      reference: opened.reference,
      status: 'new',
      urgency: 'high',
      categories: ['welfare'],
      country: 'SA',
      clientId: client.id,
    };
    expect(summaries).toEqual([
      expect.objectContaining(expected),
      expect.objectContaining(expected),
    ]);
    // The same read inside a write transaction, which may put back what it read: whole.
    const whole = await db.transaction('rw', db.cases, () =>
      readWithoutPersonal(db, ['cases'], () => db.cases.get(opened.id)),
    );
    expect(whole?.description).toBe('Unpaid wages; the employer kept her passport');
    const bare = await readWithoutPersonal(db, ['cases'], () => db.cases.get(opened.id));
    expect(bare).toMatchObject({ reference: opened.reference, categories: ['welfare'] });
    expect(bare).not.toHaveProperty('description');
    expect(bare).not.toHaveProperty('searchTokens');
    expect(bare?.ofwDetails).toEqual({ destinationCountry: 'SA' });
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
    const stored = (await storedRows(db, 'people')).find((row) => row.id === half.id)!;
    await rawPut(db, 'people', { ...stored, notes: 'Left in clear' });
    const auditBefore = await db.audit.count();

    await sealExistingRecords(db);
    const rows = await storedRows(db, 'people');
    expectOnlyHashes(rows);
    const text = clearText(rows);
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
