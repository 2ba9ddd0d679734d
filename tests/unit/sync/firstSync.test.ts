// A desk's first sync writes each pulled page in slices with its report counts summed once per
// page (applyPull.ts, writeInSlices.ts, reportCounts.ts): what it leaves must be what writing the
// same records one at a time leaves, and the cursor must move with each page.
import { afterEach, describe, expect, it } from 'vitest';
import { caseSearchTokens, personSearchTokens } from '../../../domain/people/personTokens';
import { getPreset } from '../../../domain/presets';
import { createSampleGenerator } from '../../../domain/sample';
import type { PullResponse } from '../../../domain/sync';
import type { TulayDatabase } from '../../../renderer/db';
import { applyPulledPage, readCursor } from '../../../renderer/sync/applyPull';
import { freshDatabase } from '../db/testDatabase';

type Pulled = PullResponse['records'][number];

/** The records of `cases` generated cases as the catalogue would send them, in seq order. */
function pulledRecords(cases: number): Pulled[] {
  const gen = createSampleGenerator({
    preset: getPreset('ofw-ph'),
    cases,
    seed: 7,
    now: new Date('2026-11-01T00:00:00Z'),
    actor: 'desk-a',
    partnerIds: {},
  });
  const records: Pulled[] = [];
  const add = (table: Pulled['table'], row: Record<string, unknown>) => {
    const fields = { ...row, updatedBy: 'desk-a', deletedAt: null } as Pulled['fields'];
    delete fields.sample;
    delete fields.id;
    records.push({ table, id: row.id as string, seq: records.length + 1, fields });
  };
  while (gen.generated < cases) {
    const batch = gen.next(20);
    for (const p of batch.people) add('people', { ...p, searchTokens: personSearchTokens(p) });
    for (const h of batch.households) add('households', h);
    for (const { record, people } of batch.cases) {
      const reference = `SYN-2026-${String(records.length + 1).padStart(6, '0')}`;
      add('cases', { ...record, reference, searchTokens: caseSearchTokens(reference, people) });
    }
    for (const c of batch.consents) add('consents', c);
    for (const e of batch.caseEvents) add('caseEvents', e);
  }
  // A record's place follows its last change: move some timelines ahead of their case.
  return [...records.slice(records.length / 2), ...records.slice(0, records.length / 2)].map(
    (r, i) => ({ ...r, seq: i + 1 }),
  );
}

const page = (records: Pulled[], hasMore: boolean): PullResponse => ({
  records,
  conflicts: [],
  nextCursor: records[records.length - 1]!.seq,
  hasMore,
});

async function everything(db: TulayDatabase) {
  const out: Record<string, unknown[]> = {};
  for (const name of ['people', 'households', 'cases', 'consents', 'caseEvents', 'reportCounts'])
    out[name] = await db.table(name).toArray();
  out.reportMonths = await db.reportMonths.toArray();
  return out;
}

const opened: TulayDatabase[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

describe('first sync', () => {
  it('leaves the records, day counts and month totals of writing them one by one, the cursor moving with each page', async () => {
    const records = pulledRecords(60);
    expect(records.length).toBeGreaterThan(500);
    const paged = await freshDatabase();
    const single = await freshDatabase();
    opened.push(paged, single);

    const size = 200;
    for (let i = 0; i < records.length; i += size) {
      const slice = records.slice(i, i + size);
      expect(await applyPulledPage(paged, page(slice, i + size < records.length))).toBe(
        slice.length,
      );
      expect(await readCursor(paged)).toBe(slice[slice.length - 1]!.seq);
    }
    for (const record of records) await applyPulledPage(single, page([record], true));

    const got = await everything(paged);
    const want = await everything(single);
    expect(got.people).toHaveLength(records.filter((r) => r.table === 'people').length);
    expect(got.caseEvents).toHaveLength(records.filter((r) => r.table === 'caseEvents').length);
    expect(got.reportCounts!.length).toBeGreaterThan(0);
    expect(got.reportMonths!.length).toBeGreaterThan(0);
    const strip = (rows: unknown[]) =>
      rows.map((row) => ({ ...(row as Record<string, unknown>), updatedAt: undefined }));
    for (const name of Object.keys(want))
      expect(strip(got[name]!), name).toEqual(strip(want[name]!));
  }, 120_000);
});
