// The report's day counts follow every write: an intake, a status change and its undo, a
// referral and its answer, a follow-up, a reassignment, a person's corrected birth date, a
// deletion, and the bulk load and removal of sample data. The clock is in Manila, where the UTC
// day is not the local one.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRecord, deleteRecord, updateRecord, type TulayDatabase } from '../../../renderer/db';
import { fillReportCounts } from '../../../renderer/db/fillReportCounts';
import {
  changeStatus,
  createCase,
  undoStatusChange,
} from '../../../renderer/features/cases/caseRepository';
import {
  addFollowUp,
  addReferral,
  addReferralResponse,
  completeFollowUp,
} from '../../../renderer/features/cases/caseEventRepository';
import { loadSampleData, removeSampleData } from '../../../renderer/features/settings/sampleData';
import { freshDatabase, writer } from '../db/testDatabase';

const desk = { presetId: 'ofw-ph' as const, referencePrefix: 'LGZ' };
const zone = process.env.TZ;
let db: TulayDatabase;

beforeAll(() => {
  process.env.TZ = 'Asia/Manila';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});
afterEach(() => db?.close());

/** Every count of the database, as "day|staff key" → count. */
async function counts(database: TulayDatabase) {
  const out: Record<string, number> = {};
  for (const row of await database.reportCounts.toArray())
    for (const [key, n] of Object.entries(row.counts)) out[`${row.id} ${key}`] = n;
  return out;
}

/** 07:30 in Manila on 1 May 2026 is still 30 April in UTC. */
const MORNING = new Date('2026-04-30T23:30:00Z');
const at = (iso: string) => ({ now: () => new Date(iso) });

async function intake(database: TulayDatabase) {
  const ctx = { ...writer(database, 'ana'), now: () => MORNING };
  const client = await createRecord(ctx, 'people', {
    givenName: 'Rosa',
    familyName: 'Reyes',
    sex: 'female',
    birthDate: '1990-05-02',
  });
  const record = await createCase(ctx, desk, {
    clientId: client.id,
    clientRole: 'ofwLandBased',
    ofwDetails: { destinationCountry: 'SA' },
    channel: 'walkIn',
    categories: ['repatriation', 'unpaidWages'],
    urgency: 'high',
    description: 'Wants to come home.',
    consents: [
      { purpose: 'caseHandling', legalBasis: 'consent' },
      { purpose: 'referral', legalBasis: 'consent' },
    ],
  });
  return { ctx, client, record };
}

describe('report counts', () => {
  it('counts an intake on the local day, under its officer, with the age the day it opened', async () => {
    db = await freshDatabase();
    await intake(db);
    expect(await counts(db)).toEqual({
      '2026-05-01|ana opened': 1,
      '2026-05-01|ana role:ofwLandBased': 1,
      '2026-05-01|ana sex:female': 1,
      // 35 on 1 May 2026: the birthday is the day after.
      '2026-05-01|ana age:35to44': 1,
      '2026-05-01|ana category:repatriation': 1,
      '2026-05-01|ana category:unpaidWages': 1,
      '2026-05-01|ana country:SA': 1,
    });
  });

  it('counts a closing and takes it back when the change is undone', async () => {
    db = await freshDatabase();
    const { ctx, record } = await intake(db);
    const later = { ...ctx, ...at('2026-05-20T10:00:00Z') };
    const change = await changeStatus(later, 'ofw-ph', record.id, 'closedResolved', 'Home');
    expect((await counts(db))['2026-05-20|ana closed']).toBe(1);
    await undoStatusChange(later, record.id, change.id);
    expect((await counts(db))['2026-05-20|ana closed']).toBeUndefined();
  });

  it("counts a referral's answer on the referral's day, with the hours it took", async () => {
    db = await freshDatabase();
    const { ctx, record, client } = await intake(db);
    const sent = { ...ctx, ...at('2026-05-04T01:00:00Z') };
    const referral = await addReferral(sent, {
      caseId: record.id,
      clientId: client.id,
      partnerId: 'owwa',
      reason: 'Repatriation request',
    });
    await addReferralResponse({ ...ctx, ...at('2026-05-05T13:30:00Z') }, referral, 'Received');
    expect(await counts(db)).toMatchObject({
      '2026-05-04|ana referral:owwa': 1,
      '2026-05-04|ana answered:owwa': 1,
      '2026-05-04|ana hours:owwa:36': 1,
    });
  });

  it('counts a follow-up done on its due day as on time, on its due day', async () => {
    db = await freshDatabase();
    const { ctx, record } = await intake(db);
    await addFollowUp(ctx, record.id, '2026-05-03T09:00:00Z', 'Call the sister');
    expect((await counts(db))['2026-05-03|ana followUp:open']).toBe(1);
    const [due] = await db.caseEvents.where({ type: 'followUpDue' }).toArray();
    await completeFollowUp({ ...ctx, ...at('2026-05-03T11:00:00Z') }, due!);
    const after = await counts(db);
    expect(after['2026-05-03|ana followUp:open']).toBeUndefined();
    expect(after['2026-05-03|ana followUp:onTime']).toBe(1);
  });

  it("moves a case and its timeline to the new officer, and follows the person's birth date", async () => {
    db = await freshDatabase();
    const { ctx, record, client } = await intake(db);
    await addFollowUp(ctx, record.id, '2026-05-03T09:00:00Z', 'Call');
    await updateRecord(ctx, 'cases', record.id, { assignedTo: 'ben' });
    await updateRecord(ctx, 'people', client.id, { birthDate: '2000-01-01' });
    const after = await counts(db);
    expect(Object.keys(after).some((key) => key.includes('|ana'))).toBe(false);
    expect(after).toMatchObject({
      '2026-05-01|ben opened': 1,
      '2026-05-01|ben age:25to34': 1,
      '2026-05-03|ben followUp:open': 1,
    });
  });

  it('takes a deleted case and its timeline out of the counts', async () => {
    db = await freshDatabase();
    const { ctx, record, client } = await intake(db);
    await addReferral(ctx, {
      caseId: record.id,
      clientId: client.id,
      partnerId: 'dmw',
      reason: 'Contract',
    });
    await deleteRecord(ctx, 'cases', record.id);
    expect(await counts(db)).toEqual({});
    expect(await db.reportCounts.count()).toBe(0);
  });

  it('keeps the same counts through a bulk load, edits and a removal as a count from scratch', async () => {
    db = await freshDatabase();
    const ctx = writer(db);
    await intake(db);
    await loadSampleData(ctx, desk, { cases: 40, seed: 3, chunkCases: 15 });
    const some = await db.cases
      .filter((c) => !!c.sample)
      .limit(5)
      .toArray();
    for (const c of some) await updateRecord(ctx, 'cases', c.id, { assignedTo: 'ben' });
    await deleteRecord(ctx, 'cases', some[0]!.id);
    const kept = await counts(db);
    await db.transaction('rw', [db.cases, db.caseEvents, db.people, db.reportCounts], (tx) =>
      fillReportCounts(tx),
    );
    expect(await counts(db)).toEqual(kept);
    expect(kept['2026-05-01|ana opened']).toBe(1);

    await removeSampleData(ctx);
    const left = await counts(db);
    await db.transaction('rw', [db.cases, db.caseEvents, db.people, db.reportCounts], (tx) =>
      fillReportCounts(tx),
    );
    const fresh = await counts(db);
    expect(fresh).toEqual(left);
    expect(Object.values(left).reduce((a, b) => a + b, 0)).toBe(7);
  }, 20_000);

  it('counts records pulled in any order, a page at a time, as the desk that wrote them', async () => {
    // A desk's first sync writes whole pages with bulkPut, and a record's place in the catalogue
    // follows its last change: a timeline can come before its case, a case before its client.
    const source = await freshDatabase();
    await loadSampleData(writer(source), desk, { cases: 30, seed: 5, chunkCases: 10 });
    const expected = await counts(source);
    const [people, cases, events] = await Promise.all([
      source.people.toArray(),
      source.cases.toArray(),
      source.caseEvents.toArray(),
    ]);
    source.close();
    db = await freshDatabase();
    await db.caseEvents.bulkPut(events);
    await db.cases.bulkPut(cases);
    await db.people.bulkPut(people);
    expect(Object.keys(expected).length).toBeGreaterThan(10);
    expect(await counts(db)).toEqual(expected);
  }, 20_000);
});
