// The retention run on a database: through the write path (each record audited and queued field by
// field, one audit entry for the run), report counts unchanged, search no longer finding the
// name, people with an open case kept whole, batches that Stop can end between.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../../domain/localDay';
import { isClosingStatus, ofwDeskPreset } from '../../../domain/presets';
import { ANONYMISED_TEXT } from '../../../domain/retention/anonymise';
import { queryTokens } from '../../../domain/search/normalize';
import {
  createRecord,
  searchInMemory,
  warmSearchIndexes,
  type TulayDatabase,
  type WriteContext,
} from '../../../renderer/db';
import { addNote } from '../../../renderer/features/cases/caseEventRepository';
import { changeStatus, createCase } from '../../../renderer/features/cases/caseRepository';
import {
  findDueCases,
  planRetention,
  runRetention,
  RUN_BATCH,
} from '../../../renderer/features/retention/retentionRepository';
import { freshDatabase, writer } from '../db/testDatabase';

const desk = { presetId: 'ofw-ph' as const, referencePrefix: 'LGZ' };
const periods = { defaultYears: 5, byCategory: {} };
const isClosing = (status: string) => isClosingStatus(ofwDeskPreset, status);
const TODAY = '2026-12-05';
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

const at = (ctx: WriteContext, iso: string): WriteContext => ({ ...ctx, now: () => new Date(iso) });

async function person(ctx: WriteContext, givenName: string, familyName: string) {
  return createRecord(ctx, 'people', {
    givenName,
    familyName,
    sex: 'female',
    birthDate: '1985-07-14',
    phone: '0917 555 0101',
    notes: 'Lives with her aunt.',
    searchTokens: queryTokens(`${givenName} ${familyName}`),
  });
}

/** A case opened and closed at the given times, with a note. */
async function closedCase(ctx: WriteContext, clientId: string, opened: string, closed?: string) {
  const c = await createCase(at(ctx, opened), desk, {
    clientId,
    clientRole: 'ofwLandBased',
    ofwDetails: { destinationCountry: 'SA', eRegistrationNumber: 'E-55' },
    channel: 'walkIn',
    categories: ['repatriation'],
    urgency: 'normal',
    description: 'Maria Bautista wants to come home.',
    consents: [{ purpose: 'caseHandling', legalBasis: 'consent', note: 'Signed' } as never],
  });
  await addNote(at(ctx, opened), c.id, 'Called her sister in Riyadh.');
  if (closed) await changeStatus(at(ctx, closed), 'ofw-ph', c.id, 'closedResolved', 'Home safe');
  return c;
}

async function plan(database: TulayDatabase, today = TODAY) {
  return planRetention(database, await findDueCases(database, periods, isClosing, today));
}

describe('a retention run', () => {
  it('anonymises the expired cases and their people through the write path', async () => {
    db = await freshDatabase();
    const ctx = writer(db, 'admin');
    const maria = await person(ctx, 'Maria', 'Bautista');
    const old = await closedCase(ctx, maria.id, '2020-01-10T02:00:00Z', '2021-02-01T02:00:00Z');
    const reportBefore = await db.reportCounts.toArray();
    await warmSearchIndexes(db);
    expect(searchInMemory(db, 'people', ['bautista'], 10)).toEqual([maria.id]);

    const p = await plan(db);
    expect(p.cases.map((c) => c.id)).toEqual([old.id]);
    expect(p.people).toBe(1);
    const auditBefore = await db.audit.count();
    const result = await runRetention(at(ctx, '2026-12-05T03:00:00Z'), p, {
      periods,
      isClosing,
      today: TODAY,
    });
    expect(result).toEqual({ cases: 1, people: 1, cancelled: false });

    const kase = (await db.cases.get(old.id))!;
    expect(kase.description).toBe(ANONYMISED_TEXT);
    expect(kase).not.toHaveProperty('outcome');
    expect(kase.ofwDetails).toEqual({ destinationCountry: 'SA' });
    expect(kase).toMatchObject({
      status: 'closedResolved',
      categories: ['repatriation'],
      anonymisedAt: '2026-12-05T03:00:00.000Z',
      ageGroup: '25to34',
    });
    const who = (await db.people.get(maria.id))!;
    expect(who).toMatchObject({
      givenName: ANONYMISED_TEXT,
      familyName: ANONYMISED_TEXT,
      sex: 'female',
    });
    for (const field of ['birthDate', 'phone', 'notes']) expect(who).not.toHaveProperty(field);
    const events = await db.caseEvents.where('caseId').equals(old.id).toArray();
    expect(events.length).toBeGreaterThan(1);
    expect(events.every((e) => e.text === undefined && e.anonymisedAt)).toBe(true);
    const consents = await db.consents.where('caseId').equals(old.id).toArray();
    expect(consents.every((c) => c.note === undefined && c.anonymisedAt)).toBe(true);

    // Each record's change is audited with the fields it changed (names, never values)…
    const entries = (await db.audit.toArray()).slice(auditBefore);
    const forCase = entries.find((e) => e.recordId === old.id && e.action === 'update')!;
    expect(forCase.fields).toEqual(
      expect.arrayContaining(['description', 'outcome', 'ofwDetails', 'anonymisedAt']),
    );
    expect(JSON.stringify(entries)).not.toMatch(/Bautista|Riyadh/);
    // …and the run once, with its periods and counts.
    const runEntries = entries.filter((e) => e.action === 'anonymise');
    expect(runEntries).toHaveLength(1);
    expect(runEntries[0]).toMatchObject({
      actor: 'admin',
      recordIds: [old.id],
      retention: { cases: 1, people: 1, cancelled: false, defaultYears: 5, byCategory: {} },
    });
    // Sync pushes the removed fields: the record's outbox entry names them.
    const outbox = await db.outbox.where({ table: 'people', recordId: maria.id }).toArray();
    expect(outbox[0]!.fields).toEqual(expect.arrayContaining(['givenName', 'birthDate', 'phone']));

    // The name is found neither in the database's index nor in memory; the reference still is.
    expect(await db.people.where('searchTokens').startsWith('bautista').count()).toBe(0);
    expect(await db.cases.where('searchTokens').startsWith('bautista').count()).toBe(0);
    expect(searchInMemory(db, 'people', ['bautista'], 10)).toEqual([]);
    expect(searchInMemory(db, 'cases', ['maria'], 10)).toEqual([]);
    expect(searchInMemory(db, 'cases', queryTokens(kase.reference), 10)).toEqual([old.id]);
    // The report counts as they were: the age group stays with the case.
    expect(await db.reportCounts.toArray()).toEqual(reportBefore);
    // Nothing is left to do.
    expect((await plan(db)).cases).toEqual([]);
  });

  it('keeps whole a person with an open case, and a case inside its period', async () => {
    db = await freshDatabase();
    const ctx = writer(db);
    const ana = await person(ctx, 'Ana', 'Reyes');
    const ben = await person(ctx, 'Ben', 'Santos');
    const oldAna = await closedCase(ctx, ana.id, '2019-01-10T02:00:00Z', '2020-02-01T02:00:00Z');
    await closedCase(ctx, ana.id, '2026-01-10T02:00:00Z'); // open
    const oldBen = await closedCase(ctx, ben.id, '2019-01-10T02:00:00Z', '2020-02-01T02:00:00Z');
    const recentBen = await closedCase(ctx, ben.id, '2023-01-10T02:00:00Z', '2023-02-01T02:00:00Z');
    const p = await plan(db);
    expect(p.cases.map((c) => c.id).sort()).toEqual([oldAna.id, oldBen.id].sort());
    expect(p.people).toBe(0);
    await runRetention(ctx, p, { periods, isClosing, today: TODAY });
    expect((await db.people.get(ana.id))!.familyName).toBe('Reyes');
    expect((await db.people.get(ben.id))!.familyName).toBe('Santos');
    expect((await db.cases.get(oldAna.id))!.anonymisedAt).toBeDefined();
    expect((await db.cases.get(recentBen.id))!.anonymisedAt).toBeUndefined();
    // Ben's recent case keeps his name in its tokens; his old one does not.
    expect((await db.cases.get(recentBen.id))!.searchTokens).toContain('santos');
    expect((await db.cases.get(oldBen.id))!.searchTokens).not.toContain('santos');
    // Editing Ben later gives his anonymised case no name back.
    const { updatePerson } = await import('../../../renderer/features/people');
    await updatePerson(ctx, ben.id, { familyName: 'Santos-Cruz' });
    expect((await db.cases.get(oldBen.id))!.searchTokens).not.toContain('santos');
  });

  it('leaves alone a case re-opened between the preview and the run', async () => {
    db = await freshDatabase();
    const ctx = writer(db);
    const ana = await person(ctx, 'Ana', 'Reyes');
    const c = await closedCase(ctx, ana.id, '2019-01-10T02:00:00Z', '2020-02-01T02:00:00Z');
    const p = await plan(db);
    expect(p.people).toBe(1);
    await changeStatus(ctx, 'ofw-ph', c.id, 'inProgress');
    const result = await runRetention(ctx, p, { periods, isClosing, today: TODAY });
    expect(result).toEqual({ cases: 0, people: 0, cancelled: false });
    expect((await db.cases.get(c.id))!.description).toMatch(/Bautista/);
    expect((await db.people.get(ana.id))!.familyName).toBe('Reyes');
  });

  it('runs in batches with progress, and Stop ends it between batches', async () => {
    db = await freshDatabase();
    const ctx = writer(db);
    const ana = await person(ctx, 'Ana', 'Reyes');
    // Cases straight into the table, closed long ago, one more than a batch.
    for (let i = 0; i <= RUN_BATCH; i++) {
      await createRecord(ctx, 'cases', {
        reference: `LGZ-2019-${String(i + 1).padStart(6, '0')}`,
        clientId: ana.id,
        clientRole: 'ofwLandBased',
        categories: ['repatriation'],
        status: 'closedResolved',
        urgency: 'normal',
        channel: 'walkIn',
        description: 'Ana Reyes',
        openedAt: '2019-01-01T02:00:00.000Z',
        closedAt: '2019-02-01T02:00:00.000Z',
      });
    }
    const p = await plan(db);
    expect(p.batches.map((b) => b.caseIds.length)).toEqual([RUN_BATCH, 1]);
    // Ana goes with her last case's batch.
    expect(p.batches.map((b) => b.personIds)).toEqual([[], [ana.id]]);
    const controller = new AbortController();
    const progress: number[] = [];
    const result = await runRetention(ctx, p, {
      periods,
      isClosing,
      today: localDay(new Date('2026-12-05T03:00:00Z')),
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        if (done === RUN_BATCH) controller.abort();
      },
    });
    expect(progress).toEqual([0, RUN_BATCH]);
    expect(result).toEqual({ cases: RUN_BATCH, people: 0, cancelled: true });
    expect((await db.people.get(ana.id))!.familyName).toBe('Reyes');
    const run = (await db.audit.toArray()).filter((e) => e.action === 'anonymise');
    expect(run[0]!.retention).toMatchObject({ cases: RUN_BATCH, cancelled: true });
    // The next run finishes: the last case, and Ana with it.
    const rest = await plan(db);
    expect(rest.cases).toHaveLength(1);
    expect(await runRetention(ctx, rest, { periods, isClosing, today: TODAY })).toEqual({
      cases: 1,
      people: 1,
      cancelled: false,
    });
  });
});
