// A pulled page over a desk that holds records: what the page reads once and keeps for the
// report counts (rowCache.ts) must leave the counts a count from scratch gives, with a record
// pulled twice in one page, a person whose cases the page does not carry, a deleted event and a
// new case of a known person; and the records as the catalogue sent them.
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids';
import type { PullResponse } from '../../../domain/sync';
import type { TulayDatabase } from '../../../renderer/db';
import { loadSampleData } from '../../../renderer/features/settings/sampleData/loadSampleData';
import { applyPulledPage } from '../../../renderer/sync/applyPull';
import { freshDatabase, recountReports, reportCountEntries, writer } from '../db/testDatabase';

type Pulled = PullResponse['records'][number];
type Row = Record<string, unknown> & { id: string };

let seq = 0;
/** A stored row as the catalogue sends it back, with some fields changed. */
const pulled = (
  table: Pulled['table'],
  row: Row,
  changes: Record<string, unknown> = {},
): Pulled => {
  const fields: Record<string, unknown> = { ...row, ...changes };
  for (const local of ['id', 'serverSeq', 'batchId']) delete fields[local];
  return { table, id: row.id, seq: ++seq, fields: fields as Pulled['fields'] };
};

const counts = reportCountEntries;

/** The counts a count from scratch gives: the day rows, then their month totals. */
async function recount(db: TulayDatabase) {
  await recountReports(db);
  return counts(db);
}

let db: TulayDatabase | undefined;
afterEach(() => db?.close());

describe('a pulled page over records the desk holds', () => {
  it('leaves the counts of a count from scratch, a case pulled twice taking its last copy', async () => {
    db = await freshDatabase();
    await loadSampleData(
      writer(db),
      { presetId: 'ofw-ph', referencePrefix: 'LGZ' },
      {
        cases: 60,
        seed: 11,
      },
    );
    // Pushed already: no pending edit keeps the desk's values over the pulled ones.
    await db.outbox.clear();
    const cases = (await db.cases.toArray()) as unknown as Row[];
    const events = (await db.caseEvents.toArray()) as unknown as Row[];
    const twice = cases[0]!;
    const client = (await db.people.get(cases[1]!.clientId as string)) as unknown as Row;
    const gone = events.find((e) => e.caseId === twice.id)!;
    const newCase = { ...cases[2]!, id: uuidv7(), clientId: client.id, reference: 'LGZ-NEW-1' };
    const newEvent = { ...events[0]!, id: uuidv7(), caseId: newCase.id, relatedEventId: undefined };
    const records: Pulled[] = [
      pulled('people', client, {
        birthDate: '1951-02-03',
        sex: client.sex === 'male' ? 'female' : 'male',
      }),
      // More than a slice between the two copies: the second is written in a later slice.
      pulled('cases', twice, { assignedTo: 'ben' }),
      ...cases.slice(3).map((c) => pulled('cases', c)),
      pulled('cases', twice, { assignedTo: 'carla', deletedAt: null }),
      pulled('cases', newCase),
      pulled('caseEvents', gone, { deletedAt: '2026-11-02T00:00:00.000Z' }),
      pulled('caseEvents', newEvent),
    ];
    const before = await counts(db);
    await applyPulledPage(db, { records, conflicts: [], nextCursor: seq, hasMore: false });

    const after = await counts(db);
    expect(after).not.toEqual(before);
    expect(await recount(db)).toEqual(after);
    expect((await db.cases.get(twice.id))?.assignedTo).toBe('carla');
    expect((await db.caseEvents.get(gone.id))?.deletedAt).toBe('2026-11-02T00:00:00.000Z');
    expect((await db.cases.get(newCase.id))?.searchTokens).toEqual(
      expect.arrayContaining([String(client.familyName).toLowerCase()]),
    );
  }, 30_000);
});
