// A pulled page's next slice is prepared while the last is stored (writeInSlices.ts): what the
// page leaves must be what slices written one after the other leave. A table's first slice is
// 50 records, so records 50 and 51 of a table sit on either side of the first boundary: a
// referral and its answer there, and a record pulled twice there, whose second copy is prepared
// while the first is being stored.
import { afterEach, describe, expect, it } from 'vitest';
import { caseSearchTokens, personSearchTokens } from '../../../domain/people/personTokens';
import { getPreset } from '../../../domain/presets';
import { createSampleGenerator } from '../../../domain/sample';
import type { PullResponse } from '../../../domain/sync';
import { updateRecord, type TulayDatabase } from '../../../renderer/db';
import { loadSampleData } from '../../../renderer/features/settings/sampleData/loadSampleData';
import { applyPulledPage } from '../../../renderer/sync/applyPull';
import { freshDatabase, recountReports, reportCountEntries, writer } from '../db/testDatabase';

type Pulled = PullResponse['records'][number];
type Row = Record<string, unknown> & { id: string };

/** The records of `cases` generated cases as the catalogue would send them, by table. */
function generated(cases: number) {
  const gen = createSampleGenerator({
    preset: getPreset('ofw-ph'),
    cases,
    seed: 23,
    now: new Date('2026-11-01T00:00:00Z'),
    actor: 'desk-a',
    partnerIds: {},
  });
  const out: Record<'people' | 'households' | 'cases' | 'consents' | 'caseEvents', Row[]> = {
    people: [],
    households: [],
    cases: [],
    consents: [],
    caseEvents: [],
  };
  while (gen.generated < cases) {
    const batch = gen.next(20);
    for (const p of batch.people) out.people.push({ ...p, searchTokens: personSearchTokens(p) });
    out.households.push(...(batch.households as unknown as Row[]));
    for (const { record, people } of batch.cases) {
      const reference = `SYN-2026-${String(out.cases.length + 1).padStart(6, '0')}`;
      out.cases.push({
        ...record,
        reference,
        searchTokens: caseSearchTokens(reference, people),
      });
    }
    out.consents.push(...(batch.consents as unknown as Row[]));
    out.caseEvents.push(...(batch.caseEvents as unknown as Row[]));
  }
  return out;
}

let seq = 0;
const pulled = (table: Pulled['table'], row: Row, changes: Record<string, unknown> = {}) => {
  const fields: Record<string, unknown> = { ...row, ...changes, updatedBy: 'desk-a' };
  for (const local of ['id', 'serverSeq', 'batchId', 'sample']) delete fields[local];
  fields.deletedAt ??= null;
  return { table, id: row.id, seq: ++seq, fields: fields as Pulled['fields'] };
};

/** `rows` with `first` and `second` in places 50 and 51 (the first slice's end), by id. */
function acrossFirstBoundary(rows: readonly Pulled[], first: Pulled, second: Pulled): Pulled[] {
  const rest = rows.filter((r) => r.id !== first.id && r.id !== second.id);
  return [...rest.slice(0, 49), first, second, ...rest.slice(49)];
}

const counts = reportCountEntries;

/** A desk holding sample cases, all pushed already (no pending edit). */
async function deskWithSampleData(cases: number, seed: number) {
  const desk = await freshDatabase();
  await loadSampleData(
    writer(desk),
    { presetId: 'ofw-ph', referencePrefix: 'LGZ' },
    { cases, seed },
  );
  await desk.outbox.clear();
  return desk;
}

let db: TulayDatabase | undefined;
afterEach(() => db?.close());

describe('a pulled page written in overlapping slices', () => {
  it('counts a referral and its answer in neighbouring slices once, and keeps a case anonymised by its first copy', async () => {
    db = await freshDatabase();
    const all = generated(70);
    const events = all.caseEvents.map((e) => pulled('caseEvents', e));
    const answer = events.find((e) => e.fields.type === 'referralResponse')!;
    const referral = events.find((e) => e.id === answer.fields.relatedEventId)!;
    const twice = all.cases[10]!;
    const at = '2026-10-30T00:00:00.000Z';
    const cases = acrossFirstBoundary(
      all.cases.map((c) => pulled('cases', c)),
      pulled('cases', twice, { anonymisedAt: at }),
      pulled('cases', twice, { assignedTo: 'carla' }),
    );
    expect(cases.findIndex((c) => c.id === twice.id)).toBe(49);
    const records = [
      ...all.people.map((p) => pulled('people', p)),
      ...all.households.map((h) => pulled('households', h)),
      ...cases,
      ...all.consents.map((c) => pulled('consents', c)),
      ...acrossFirstBoundary(events, referral, answer),
    ];
    expect(records.filter((r) => r.table === 'caseEvents').length).toBeGreaterThan(150);

    await applyPulledPage(db, { records, conflicts: [], nextCursor: seq, hasMore: false });

    const after = await counts(db);
    expect(Object.keys(after).length).toBeGreaterThan(0);
    await recountReports(db);
    expect(await counts(db)).toEqual(after);
    // The second copy, prepared while the first was stored, stays anonymised (and found by its
    // reference only), with the fields it brought.
    const stored = await db.cases.get(twice.id);
    expect(stored?.anonymisedAt).toBe(at);
    expect(stored?.assignedTo).toBe('carla');
    expect(stored?.searchTokens).toEqual(caseSearchTokens(String(twice.reference), []));
    expect(await db.caseEvents.get(answer.id)).toMatchObject({ relatedEventId: referral.id });
  }, 60_000);

  it('keeps a pending local edit over both copies of a record pulled on either side of a boundary', async () => {
    db = await deskWithSampleData(60, 5);
    const cases = (await db.cases.toArray()) as unknown as Row[];
    const edited = cases[20]!;
    // Pulled once already: the edit is of one field, not of a record never synced.
    await db.cases.update(edited.id, { serverSeq: 5 });
    await updateRecord(writer(db), 'cases', edited.id, { assignedTo: 'local-officer' });
    const page = acrossFirstBoundary(
      cases.map((c) => pulled('cases', c)),
      pulled('cases', edited, { assignedTo: 'ben', status: 'closed' }),
      pulled('cases', edited, { assignedTo: 'carla', status: 'referred' }),
    );

    await applyPulledPage(db, { records: page, conflicts: [], nextCursor: seq, hasMore: false });

    const stored = await db.cases.get(edited.id);
    expect(stored?.assignedTo).toBe('local-officer');
    expect(stored?.status).toBe('referred');
    const after = await counts(db);
    await recountReports(db);
    expect(await counts(db)).toEqual(after);
  }, 60_000);

  it('gives the cases a page does not carry the new name of their pulled person', async () => {
    db = await deskWithSampleData(20, 9);
    const held = (await db.cases.toArray())[3]!;
    const person = (await db.people.get(held.clientId)) as unknown as Row;
    const renamed = pulled('people', person, { familyName: 'Villanueva' });

    await applyPulledPage(db, {
      records: [renamed],
      conflicts: [],
      nextCursor: seq,
      hasMore: false,
    });

    expect((await db.cases.get(held.id))?.searchTokens).toEqual(
      expect.arrayContaining(['villanueva']),
    );
  }, 60_000);
});
