// The report's month totals (renderer/db/reportMonths.ts) stay equal to a recount through every
// kind of write: intakes and a bulk load, a category change, a status change, a case moved to
// another month and another officer, a deletion, and a page pulled from the catalogue (a new
// case of another desk, a case moved, a case deleted elsewhere). After each step the day rows
// must equal a count from scratch, and the month rows the sum of the day rows, to the last key.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids';
import {
  createRecord,
  deleteRecord,
  updateRecord,
  type ReportMonthRow,
  type TulayDatabase,
} from '../../../renderer/db';
import { monthRowsOf } from '../../../renderer/db/reportMonths';
import { changeStatus, createCase } from '../../../renderer/features/cases/caseRepository';
import { addFollowUp } from '../../../renderer/features/cases/caseEventRepository';
import { loadSampleData } from '../../../renderer/features/settings/sampleData';
import { applyPulledPage } from '../../../renderer/sync/applyPull';
import { freshDatabase, recountReports, writer } from '../db/testDatabase';

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

const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** The month rows as stored; asserts they equal a recount from the records. */
async function expectRecounted(): Promise<ReportMonthRow[]> {
  const days = byId(await db.reportCounts.toArray());
  const months = byId(await db.reportMonths.toArray());
  // The months are the sum of the days…
  expect(months).toEqual(byId(monthRowsOf(days)));
  // …and the days what a count from scratch gives; so are the months refilled from them.
  await recountReports(db);
  expect(byId(await db.reportCounts.toArray())).toEqual(days);
  expect(byId(await db.reportMonths.toArray())).toEqual(months);
  return months;
}

const month = (months: ReportMonthRow[], id: string) =>
  months.find((m) => m.id === id)?.counts ?? {};

/** 07:30 in Manila on 1 May 2026 is still 30 April in UTC: the month is the local one. */
const MORNING = new Date('2026-04-30T23:30:00Z');

describe('report month totals', () => {
  it('equal a recount after creates, edits, moves, deletes and a sync pull', async () => {
    db = await freshDatabase();
    const ctx = { ...writer(db, 'ana'), now: () => MORNING };
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
      categories: ['repatriation'],
      urgency: 'high',
      description: 'Wants to come home.',
      consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
    });
    await addFollowUp(ctx, record.id, '2026-05-03T09:00:00Z', 'Call the sister');
    await loadSampleData(writer(db), desk, { cases: 30, seed: 5, chunkCases: 10 });
    let months = await expectRecounted();
    expect(month(months, '2026-05|ana')).toMatchObject({ opened: 1, 'category:repatriation': 1 });

    // A category changed, then the case closed.
    await updateRecord(ctx, 'cases', record.id, { categories: ['unpaidWages'] });
    await changeStatus(
      { ...ctx, now: () => new Date('2026-05-20T02:00:00Z') },
      'ofw-ph',
      record.id,
      'closedResolved',
      'Home',
    );
    months = await expectRecounted();
    expect(month(months, '2026-05|ana')).toMatchObject({
      'category:unpaidWages': 1,
      closed: 1,
    });
    expect(month(months, '2026-05|ana')['category:repatriation']).toBeUndefined();

    // Its opening moved to June (local day) and the case to another officer, timeline and all.
    await updateRecord(ctx, 'cases', record.id, {
      openedAt: '2026-05-31T17:00:00Z',
      assignedTo: 'ben',
    });
    months = await expectRecounted();
    expect(month(months, '2026-06|ben')).toMatchObject({ opened: 1 });
    expect(month(months, '2026-05|ben')).toMatchObject({ closed: 1, 'followUp:open': 1 });
    expect(months.some((m) => m.staff === 'ana')).toBe(false);

    // Sample cases deleted.
    const some = await db.cases
      .filter((c) => !!c.sample)
      .limit(4)
      .toArray();
    for (const c of some) await deleteRecord(writer(db), 'cases', c.id);
    await expectRecounted();

    // A page pulled from the catalogue: another desk's new case and person, our case moved
    // back to May by another desk, and a sample case deleted there.
    // (This desk's changes were pushed: none is pending to keep over the pulled fields.)
    await db.outbox.clear();
    const T = '2026-06-02T03:00:00.000Z';
    const meta = { updatedAt: T, updatedBy: 'other-desk', deletedAt: null, createdAt: T };
    const stored = (await db.cases.get(record.id))!;
    const gone = (await db.cases.filter((c) => !!c.sample && !c.deletedAt).first())!;
    const person = uuidv7();
    await applyPulledPage(db, {
      records: [
        {
          table: 'people',
          id: person,
          seq: 1,
          fields: { ...meta, givenName: 'Lito', familyName: 'Cruz', sex: 'male' },
        },
        {
          table: 'cases',
          id: uuidv7(),
          seq: 2,
          fields: {
            ...meta,
            reference: 'LGZ-2026-009001',
            clientId: person,
            clientRole: 'ofwSeaBased',
            categories: ['illegalRecruitment'],
            status: 'open',
            urgency: 'normal',
            channel: 'phone',
            description: 'Recruiter kept his passport.',
            openedAt: '2026-06-01T01:00:00.000Z',
            assignedTo: 'carla',
          },
        },
        {
          table: 'cases',
          id: record.id,
          seq: 3,
          fields: { ...stored, ...meta, openedAt: '2026-05-10T01:00:00.000Z' },
        },
        { table: 'cases', id: gone.id, seq: 4, fields: { ...gone, ...meta, deletedAt: T } },
      ],
      conflicts: [],
      nextCursor: 4,
      hasMore: false,
    });
    months = await expectRecounted();
    expect(month(months, '2026-06|carla')).toMatchObject({
      opened: 1,
      'category:illegalRecruitment': 1,
      'sex:male': 1,
    });
    expect(month(months, '2026-06|ben').opened).toBeUndefined();
    expect(month(months, '2026-05|ben')).toMatchObject({ opened: 1, closed: 1 });
  }, 30_000);
});
