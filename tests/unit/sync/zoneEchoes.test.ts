// A pulled page's transaction must not run Dexie's "zone echoes" (applyPull.ts): given an async
// scope function, Dexie re-enters its zone from queued microtasks across every native await, and
// a page of a thousand records then spent a third of its main-thread time in them, in tasks of
// 100 ms and more (the first-sync benchmark's "longest task"). The echoes are queueMicrotask
// calls: a page without them queues a handful per record at most (fake-indexeddb's own).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseSearchTokens, personSearchTokens } from '../../../domain/people/personTokens';
import { getPreset } from '../../../domain/presets';
import { createSampleGenerator } from '../../../domain/sample';
import type { PullResponse } from '../../../domain/sync';
import type { TulayDatabase } from '../../../renderer/db';
import { applyPulledPage } from '../../../renderer/sync/applyPull';
import { freshDatabase } from '../db/testDatabase';

type Pulled = PullResponse['records'][number];

function pulledPage(cases: number): PullResponse {
  const gen = createSampleGenerator({
    preset: getPreset('ofw-ph'),
    cases,
    seed: 3,
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
  return { records, conflicts: [], nextCursor: records.length, hasMore: false };
}

let db: TulayDatabase | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
  db = undefined;
});

describe('a pulled page', () => {
  it('is written without a chain of zone echoes', async () => {
    db = await freshDatabase();
    const page = pulledPage(80);
    const queued = vi.spyOn(globalThis, 'queueMicrotask');
    const written = await applyPulledPage(db, page);
    expect(written).toBe(page.records.length);
    expect(queued.mock.calls.length).toBeLessThan(page.records.length);
  });
});
