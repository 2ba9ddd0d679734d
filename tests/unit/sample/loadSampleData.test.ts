import { afterEach, describe, expect, it } from 'vitest';
import { formatReference } from '../../../domain/cases/reference';
import { caseSearchTokens, personSearchTokens } from '../../../domain/people/personTokens';
import { checkAuditChain, createRecord, type TulayDatabase } from '../../../renderer/db';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { addNote } from '../../../renderer/features/cases/caseEventRepository';
import { createPerson } from '../../../renderer/features/people';
import { registerPerson } from '../../../renderer/features/seminars/registrationRepository';
import { createSeminar } from '../../../renderer/features/seminars/seminarRepository';
import {
  loadSampleData,
  MAX_SAMPLE_CASES,
  readSampleSummary,
  removeSampleData,
} from '../../../renderer/features/settings/sampleData';
import { freshDatabase, writer } from '../db/testDatabase';

const desk = { presetId: 'ofw-ph' as const, referencePrefix: 'LGZ' };
const SAMPLE_TABLES = ['people', 'households', 'cases', 'consents', 'caseEvents'] as const;

let db: TulayDatabase;
afterEach(() => db?.close());

// The tests of case numbers run on a fixed clock: sample cases spread over the two years before
// "now" and are numbered by the year they opened, so in early January a small sample has no case
// of the current year yet, and a run across midnight on 31 December would change the year.
const MID_YEAR = new Date(2026, 5, 17, 10);
const atMidYear = (database: TulayDatabase) => ({ ...writer(database), now: () => MID_YEAR });

async function realCase(database: TulayDatabase, ctx = writer(database)) {
  const client = await createPerson(ctx, { givenName: 'Rosario', familyName: 'Dela Cruz' });
  const record = await createCase(ctx, desk, {
    clientId: client.id,
    clientRole: 'returnedOfw',
    ofwDetails: {},
    channel: 'walkIn',
    categories: ['reintegration'],
    urgency: 'normal',
    description: 'Asks about the livelihood programme.',
    consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
  });
  return { client, record };
}

describe('loadSampleData', () => {
  it('writes every record through the write path, with the tokens the repositories compute', async () => {
    db = await freshDatabase();
    const result = await loadSampleData(writer(db), desk, { cases: 150, seed: 5, chunkCases: 40 });
    expect(result).toEqual({ cases: 150, cancelled: false });

    const summary = await readSampleSummary(db);
    for (const table of SAMPLE_TABLES) {
      const records = await db.table(table).toArray();
      expect(records.length).toBe(summary![table]);
      expect(records.every((r: { sample?: boolean }) => r.sample === true)).toBe(true);
    }
    // Audited and queued for sync as bulk writes: one entry per table and chunk names them all.
    const named = (entries: { recordIds?: string[] }[]) =>
      new Set(entries.flatMap((e) => e.recordIds ?? []));
    const audited = named(await db.audit.toArray());
    const queued = named(await db.outbox.toArray());
    expect(await db.audit.count()).toBeLessThan(50);
    const people = await db.people.toArray();
    for (const person of people) {
      expect(audited.has(person.id) && queued.has(person.id)).toBe(true);
      expect(person.searchTokens).toEqual(personSearchTokens(person));
    }
    for (const c of await db.cases.toArray()) {
      expect(audited.has(c.id) && queued.has(c.id)).toBe(true);
      const named = await db.people.bulkGet([c.clientId, ...(c.ofwId ? [c.ofwId] : [])]);
      expect(c.searchTokens).toEqual(
        caseSearchTokens(
          c.reference,
          named.map((p) => p!),
        ),
      );
    }
  });

  it('numbers sample cases from the desk counter, so real and sample numbers never collide', async () => {
    db = await freshDatabase();
    const before = await realCase(db, atMidYear(db));
    const year = MID_YEAR.getFullYear();
    // A case imported with a number above the counter: the sample must step over it.
    const imported = formatReference('LGZ', year, 3);
    await createRecord(atMidYear(db), 'cases', {
      ...before.record,
      reference: imported,
      searchTokens: [],
    });
    await loadSampleData(atMidYear(db), desk, { cases: 300, seed: 9, chunkCases: 120 });
    const after = await realCase(db, atMidYear(db));

    const references = (await db.cases.toArray()).map((c) => c.reference);
    expect(new Set(references).size).toBe(references.length);
    for (const reference of references) expect(reference).toMatch(/^LGZ-\d{4}-\d{6}$/);
    const sample = (await db.cases.toArray()).filter((c) => c.sample).map((c) => c.reference);
    expect(sample).not.toContain(before.record.reference);
    expect(sample).not.toContain(imported);
    expect(sample).not.toContain(after.record.reference);
    expect(sample.some((r) => r.startsWith(`LGZ-${year - 1}-`))).toBe(true);
  });

  it('reports progress chunk by chunk and stops between chunks when cancelled', async () => {
    db = await freshDatabase();
    const controller = new AbortController();
    const seen: number[] = [];
    const result = await loadSampleData(writer(db), desk, {
      cases: 200,
      chunkCases: 50,
      signal: controller.signal,
      onProgress: ({ done, total }) => {
        seen.push(done);
        expect(total).toBe(200);
        if (done >= 100) controller.abort();
      },
    });
    expect(seen).toEqual([0, 50, 100]);
    expect(result).toEqual({ cases: 100, cancelled: true });
    expect(await db.cases.count()).toBe(100);
    expect((await readSampleSummary(db))?.cases).toBe(100);
  });

  it('writes no more cases than its limit: the panel limit, unless another is given', async () => {
    db = await freshDatabase();
    const result = await loadSampleData(writer(db), desk, { cases: 80, maxCases: 30 });
    expect(result).toMatchObject({ cases: 30 });
    expect(await db.cases.count()).toBe(30);
    expect(MAX_SAMPLE_CASES).toBeGreaterThanOrEqual(100_000);
  });

  it('refers cases to the stakeholder that stands for a preset partner', async () => {
    db = await freshDatabase();
    const owwa = await createRecord(writer(db), 'stakeholders', {
      name: 'Overseas Workers Welfare Administration (OWWA)',
      type: 'governmentAgency',
      presetPartnerId: 'owwa',
    });
    await loadSampleData(writer(db), desk, { cases: 200, seed: 3 });
    const partners = new Set(
      (await db.caseEvents.toArray()).filter((e) => e.partnerId).map((e) => e.partnerId),
    );
    expect(partners.has(owwa.id)).toBe(true);
    expect(partners.has('owwa')).toBe(false);
  });

  it('gives a fresh desk the same sample people every time, and new ones on a second load', async () => {
    const names = async (database: TulayDatabase) =>
      (await database.people.toArray()).map((p) => `${p.givenName} ${p.familyName}`);
    db = await freshDatabase();
    const other = await freshDatabase();
    await loadSampleData(writer(db), desk, { cases: 30 });
    await loadSampleData(writer(other), desk, { cases: 30 });
    const first = await names(db);
    expect(await names(other)).toEqual(first);
    await loadSampleData(writer(other), desk, { cases: 30 });
    expect((await names(other)).slice(first.length)).not.toEqual(first);
    other.close();
  });

  it('loads a migrant desk with its own prefix and partners', async () => {
    db = await freshDatabase();
    await loadSampleData(
      writer(db),
      { presetId: 'migrant', referencePrefix: 'TRS' },
      {
        cases: 60,
        seed: 2,
      },
    );
    const cases = await db.cases.toArray();
    expect(cases.every((c) => c.reference.startsWith('TRS-'))).toBe(true);
    expect(cases.some((c) => c.migrantDetails?.countryOfOrigin)).toBe(true);
  });
});

describe('removeSampleData', () => {
  it('leaves no sample record, audit or outbox entry, and keeps the real records', async () => {
    db = await freshDatabase();
    const real = await realCase(db);
    const realAudit = await db.audit.count();
    const realOutbox = await db.outbox.count();
    await loadSampleData(writer(db), desk, { cases: 120, seed: 11, chunkCases: 50 });
    const sampleCase = (await db.cases.toArray()).find((c) => c.sample)!;
    const note = await addNote(writer(db), sampleCase.id, 'Practice note on a sample case.');

    const removed = await removeSampleData(writer(db));

    expect(removed).toBeGreaterThan(120);
    for (const table of SAMPLE_TABLES) {
      const left = await db.table(table).toArray();
      expect(left.filter((r: { sample?: boolean }) => r.sample)).toEqual([]);
    }
    expect(await db.caseEvents.get(note.id)).toBeUndefined();
    expect(await db.people.get(real.client.id)).toBeDefined();
    expect(await db.cases.get(real.record.id)).toBeDefined();
    expect(await readSampleSummary(db)).toBeNull();
    const kept = new Set([
      ...(await db.people.toCollection().primaryKeys()),
      ...(await db.cases.toCollection().primaryKeys()),
      ...(await db.consents.toCollection().primaryKeys()),
      ...(await db.settings.toCollection().primaryKeys()),
      ...(await db.staff.toCollection().primaryKeys()),
    ]);
    const orphans = (await db.audit.toArray()).filter((a) => !kept.has(a.recordId));
    expect(orphans).toEqual([]);
    expect((await db.outbox.toArray()).filter((o) => !kept.has(o.recordId))).toEqual([]);
    // The real records' trail is intact (plus the counter's updates, which stay).
    expect(await db.audit.count()).toBeGreaterThanOrEqual(realAudit);
    expect(await db.outbox.count()).toBeGreaterThanOrEqual(realOutbox);
    // The audit chain still holds: the removed entries' links were kept.
    const chain = await checkAuditChain(db);
    expect(chain.breaks).toEqual([]);
    expect(chain.removedBySampleData).toBeGreaterThan(0);
  });

  it('never gives a real case a number a removed sample case held', async () => {
    db = await freshDatabase();
    await loadSampleData(atMidYear(db), desk, { cases: 30, seed: 3 });
    const year = MID_YEAR.getFullYear();
    const sampleNumbers = (await db.cases.toArray())
      .map((c) => c.reference)
      .filter((r) => r.startsWith(`LGZ-${year}-`));
    expect(sampleNumbers.length).toBeGreaterThan(0);
    await removeSampleData(writer(db));

    const { record } = await realCase(db, atMidYear(db));
    expect(sampleNumbers).not.toContain(record.reference);
    expect(record.reference > sampleNumbers.sort().at(-1)!).toBe(true);
  });

  it('keeps a sample person that a real case was recorded for, so that case keeps its client', async () => {
    db = await freshDatabase();
    await loadSampleData(writer(db), desk, { cases: 20, seed: 4 });
    const samplePerson = (await db.people.toArray()).find((p) => p.sample)!;
    const practice = await createCase(writer(db), desk, {
      clientId: samplePerson.id,
      clientRole: 'returnedOfw',
      ofwDetails: {},
      channel: 'walkIn',
      categories: ['documents'],
      urgency: 'low',
      description: 'Practice intake on a sample client.',
      consents: [],
    });

    await removeSampleData(writer(db));

    expect(await db.cases.get(practice.id)).toBeDefined();
    expect(await db.people.get(samplePerson.id)).toBeDefined();
    expect(await db.people.count()).toBe(1);
    // The bulk write that created the kept person keeps its audit entry; no other one stays.
    const bulk = (await db.audit.toArray()).filter((a) => a.recordIds);
    expect(bulk).toHaveLength(1);
    expect(bulk[0]!.id).toBe(samplePerson.batchId);
    expect(await db.outbox.get(samplePerson.batchId!)).toBeDefined();
  });

  it('deletes through the write path what a server already holds, so the deletion syncs', async () => {
    db = await freshDatabase();
    await loadSampleData(writer(db), desk, { cases: 10, seed: 6 });
    const samplePerson = (await db.people.toArray()).find((p) => p.sample)!;
    const seminar = await createSeminar(writer(db), {
      type: 'pdos',
      title: 'PDOS',
      startsAt: '2026-05-04T01:00:00.000Z',
      facilitators: [],
      language: 'en',
      capacity: 30,
    });
    const seat = await registerPerson(writer(db), seminar.id, samplePerson.id);
    // Pushed and acknowledged: the server numbered it, and its outbox entry is gone.
    await db.attendance.update(seat.id, { serverSeq: 3 });
    await db.outbox.where({ table: 'attendance', recordId: seat.id }).delete();

    await removeSampleData(writer(db));

    expect((await db.attendance.get(seat.id))?.deletedAt).toBeTruthy();
    const trail = await db.audit.where({ table: 'attendance', recordId: seat.id }).toArray();
    expect(trail.map((a) => a.action)).toEqual(['create', 'delete']);
    const queued = await db.outbox.where({ table: 'attendance', recordId: seat.id }).toArray();
    expect(queued.map((o) => [o.op, o.baseSeq, o.state])).toEqual([['delete', 3, 'pending']]);
    expect(await db.people.get(samplePerson.id)).toBeUndefined();
  });
});
