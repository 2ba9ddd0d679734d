// A record retention anonymised stays anonymised after a sync: a pulled copy that still holds the
// personal fields (from a server or a desk that never saw the change) does not bring them back.
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids';
import { ANONYMISED_TEXT } from '../../../domain/retention/anonymise';
import { referenceTokens } from '../../../domain/search/normalize';
import {
  createRecord,
  searchInMemory,
  settleConflict,
  warmSearchIndexes,
  type TulayDatabase,
} from '../../../renderer/db';
import { applyPulledPage, keepAnonymised } from '../../../renderer/sync/applyPull';
import { freshDatabase, writer } from '../db/testDatabase';

let db: TulayDatabase;
afterEach(() => db?.close());

const T = '2026-12-05T10:00:00.000Z';

describe('keepAnonymised', () => {
  it('removes the personal fields of a pulled record whose local copy is anonymised', () => {
    const local = {
      id: 'p1',
      givenName: ANONYMISED_TEXT,
      familyName: ANONYMISED_TEXT,
      anonymisedAt: T,
    };
    const merged = {
      id: 'p1',
      givenName: 'Maria',
      familyName: 'Cruz',
      phone: '0917',
      sex: 'female',
    };
    expect(keepAnonymised('people', local, merged)).toEqual({
      id: 'p1',
      givenName: ANONYMISED_TEXT,
      familyName: ANONYMISED_TEXT,
      sex: 'female',
      searchTokens: [],
      anonymisedAt: T,
    });
  });

  it('anonymises a record another desk anonymised, whatever a pending local edit kept', () => {
    const merged = { id: 'e1', caseId: 'c1', text: 'edited here', anonymisedAt: T };
    expect(keepAnonymised('caseEvents', { id: 'e1', text: 'x' }, merged)).toEqual({
      id: 'e1',
      caseId: 'c1',
      anonymisedAt: T,
    });
  });

  it('leaves other records and other tables as they are', () => {
    const merged = { id: 'p1', givenName: 'Maria', familyName: 'Cruz' };
    expect(keepAnonymised('people', { id: 'p1', givenName: 'M' }, merged)).toBe(merged);
    const seminar = { id: 's1', title: 'PDOS', anonymisedAt: T };
    expect(keepAnonymised('seminars', undefined, seminar)).toBe(seminar);
  });
});

describe('a pulled page over anonymised records', () => {
  it('keeps the case and the person anonymised, and search still finds no name', async () => {
    db = await freshDatabase();
    const ctx = writer(db);
    const person = await createRecord(ctx, 'people', {
      givenName: ANONYMISED_TEXT,
      familyName: ANONYMISED_TEXT,
      sex: 'female',
      anonymisedAt: T,
    });
    const kase = await createRecord(ctx, 'cases', {
      reference: 'LGZ-2020-000007',
      clientId: person.id,
      clientRole: 'ofwLandBased',
      categories: ['repatriation'],
      status: 'closedResolved',
      urgency: 'normal',
      channel: 'walkIn',
      description: ANONYMISED_TEXT,
      openedAt: '2020-01-01T00:00:00.000Z',
      closedAt: '2020-02-01T00:00:00.000Z',
      anonymisedAt: T,
      searchTokens: ['lgz2020000007'],
    });
    await db.outbox.clear();
    await warmSearchIndexes(db);
    // The server still holds the old fields (this desk's change not pushed yet, or lost).
    const meta = { updatedAt: T, updatedBy: 'other-desk', deletedAt: null, createdAt: T };
    await applyPulledPage(db, {
      records: [
        {
          table: 'people',
          id: person.id,
          seq: 11,
          fields: {
            ...meta,
            givenName: 'Maria',
            familyName: 'Villanueva',
            phone: '0917 555 0101',
            sex: 'female',
          },
        },
        {
          table: 'cases',
          id: kase.id,
          seq: 12,
          fields: {
            ...meta,
            reference: 'LGZ-2020-000007',
            clientId: person.id,
            clientRole: 'ofwLandBased',
            categories: ['repatriation'],
            status: 'closedResolved',
            urgency: 'normal',
            channel: 'walkIn',
            description: 'Maria Villanueva called from Riyadh.',
            openedAt: '2020-01-01T00:00:00.000Z',
            closedAt: '2020-02-01T00:00:00.000Z',
          },
        },
        {
          table: 'caseEvents',
          id: uuidv7(),
          seq: 13,
          fields: { ...meta, caseId: kase.id, type: 'note', at: T, text: 'About Maria' },
        },
      ],
      conflicts: [],
      nextCursor: 13,
      hasMore: false,
    });
    const storedPerson = (await db.people.get(person.id))!;
    expect(storedPerson).toMatchObject({
      givenName: ANONYMISED_TEXT,
      familyName: ANONYMISED_TEXT,
      anonymisedAt: T,
      serverSeq: 11,
    });
    expect(storedPerson).not.toHaveProperty('phone');
    const storedCase = (await db.cases.get(kase.id))!;
    expect(storedCase).toMatchObject({
      description: ANONYMISED_TEXT,
      anonymisedAt: T,
      serverSeq: 12,
    });
    expect(storedCase.searchTokens).toEqual(referenceTokens(kase.reference));
    expect(await db.people.where('searchTokens').startsWith('villa').count()).toBe(0);
    expect(searchInMemory(db, 'people', ['villanueva'], 10)).toEqual([]);
    expect(searchInMemory(db, 'cases', ['maria'], 10)).toEqual([]);
    // A note another desk added to the case before it learnt of the run comes in without its text.
    const events = await db.caseEvents.where('caseId').equals(kase.id).toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'note', anonymisedAt: T });
    expect(events[0]).not.toHaveProperty('text');
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps a person anonymised when the officer picks the phone another desk still held', async () => {
    db = await freshDatabase();
    const ctx = writer(db);
    const person = await createRecord(ctx, 'people', {
      givenName: ANONYMISED_TEXT,
      familyName: ANONYMISED_TEXT,
      sex: 'female',
      anonymisedAt: T,
    });
    const desk = (deskName: string) => ({ deskId: uuidv7(), deskName });
    const conflictId = uuidv7();
    await db.conflicts.add({
      id: conflictId,
      table: 'people',
      recordId: person.id,
      field: 'phone',
      storedValue: null,
      otherValue: '0917 555 0101',
      storedBy: desk('Desk A'),
      otherBy: desk('Desk B'),
      otherAt: T,
      createdAt: T,
      resolvedAt: null,
      seq: 21,
      state: 'open',
    });

    expect(await settleConflict(ctx, conflictId, 'other')).toBe(true);
    const stored = (await db.people.get(person.id))!;
    expect(stored).toMatchObject({ givenName: ANONYMISED_TEXT, anonymisedAt: T });
    expect(stored).not.toHaveProperty('phone');
    expect(await db.people.where('searchTokens').startsWith('0917').count()).toBe(0);
    // The choice is still settled, so that the conflict leaves every desk's list.
    expect(await db.conflicts.get(conflictId)).toMatchObject({ state: 'chosen' });
  });
});
