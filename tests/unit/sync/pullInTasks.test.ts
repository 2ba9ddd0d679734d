// A pulled page is checked record by record in short tasks (client.ts, nextTask.ts): the check
// must still refuse a page with one bad record, and the main thread must get turns meanwhile.
// Its records are read only when the desk holds them (applyPull.ts): a record pulled again must
// still merge over the desk's pending edit.
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../domain/ids';
import type { PullResponse } from '../../../domain/sync';
import type { TulayDatabase } from '../../../renderer/db';
import { applyPulledPage } from '../../../renderer/sync/applyPull';
import { CatalogueClient, type FetchLike } from '../../../renderer/sync/client';
import { mapInTasks } from '../../../renderer/sync/nextTask';
import { freshDatabase } from '../db/testDatabase';

type Pulled = PullResponse['records'][number];

const stakeholder = (seq: number): Pulled => ({
  table: 'stakeholders',
  id: uuidv7(),
  seq,
  fields: { name: `Partner ${seq}`, tags: ['ngo', { nested: [seq, null, true] }] },
});

function serving(answer: unknown): FetchLike {
  const text = JSON.stringify(answer);
  return () =>
    Promise.resolve(new Response(text, { headers: { 'content-type': 'application/json' } }));
}

const client = (answer: unknown) =>
  new CatalogueClient({ address: 'http://catalogue.invalid', token: 't' }, serving(answer));

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('a pulled page checked in short tasks', () => {
  it('gives the main thread turns while it steps, and keeps the order', async () => {
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    const items = Array.from({ length: 40 }, (_, i) => i);
    let turnsAtLast = -1;
    const out = await mapInTasks(
      items,
      (n) => {
        busy(2);
        if (n === items.length - 1) turnsAtLast = turns;
        return n * 2;
      },
      8,
    );
    clearInterval(timer);
    expect(out).toEqual(items.map((n) => n * 2));
    // 80 ms of steps in one go would give none.
    expect(turnsAtLast).toBeGreaterThan(0);
  });

  it('returns every record of a good page as sent', async () => {
    const records = Array.from({ length: 1000 }, (_, i) => stakeholder(i + 1));
    const page = await client({ records, conflicts: [], nextCursor: 1000, hasMore: true }).pull(
      0,
      1000,
    );
    expect(page.records).toEqual(records);
    expect(page).toMatchObject({ nextCursor: 1000, hasMore: true, conflicts: [] });
  });

  it('refuses a page with one bad record far down, and one without its cursor', async () => {
    const records = Array.from({ length: 1000 }, (_, i) => stakeholder(i + 1));
    const bad = records.map((r, i) => (i === 900 ? { ...r, table: 'passwords' } : r));
    await expect(
      client({ records: bad, conflicts: [], nextCursor: 1000, hasMore: false }).pull(0, 1000),
    ).rejects.toMatchObject({ kind: 'unreachable' });
    await expect(
      client({ records, conflicts: [], hasMore: false }).pull(0, 1000),
    ).rejects.toMatchObject({ kind: 'unreachable' });
    // The fields' values are JSON by construction (read with response.json()); the fields
    // themselves must still be an object.
    for (const fields of ['name', ['name'], null]) {
      const odd = records.map((r, i) => (i === 500 ? { ...r, fields } : r));
      await expect(
        client({ records: odd, conflicts: [], nextCursor: 1000, hasMore: false }).pull(0, 1000),
      ).rejects.toMatchObject({ kind: 'unreachable' });
    }
  });
});

const opened: TulayDatabase[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

describe('a pulled page read only where the desk holds its records', () => {
  it('merges a record pulled again over the pending local edit, beside records new to the desk', async () => {
    const db = await freshDatabase();
    opened.push(db);
    const first = Array.from({ length: 30 }, (_, i) => stakeholder(i + 1));
    await applyPulledPage(db, { records: first, conflicts: [], nextCursor: 30, hasMore: false });
    const edited = first[10]!;
    // A local edit of its name, not pushed yet.
    await db.stakeholders.update(edited.id, { name: 'Changed here' });
    await db.outbox.add({
      id: uuidv7(),
      table: 'stakeholders',
      recordId: edited.id,
      op: 'put',
      fields: ['name'],
      baseSeq: edited.seq,
      state: 'pending',
      createdAt: '2026-12-06T10:00:00.000Z',
      updatedAt: '2026-12-06T10:00:00.000Z',
    });
    const again: Pulled = {
      ...edited,
      seq: 31,
      fields: { ...edited.fields, name: 'Changed there', tags: ['shelter'] },
    };
    const fresh = Array.from({ length: 20 }, (_, i) => stakeholder(32 + i));
    await applyPulledPage(db, {
      records: [...fresh.slice(0, 10), again, ...fresh.slice(10)],
      conflicts: [],
      nextCursor: 51,
      hasMore: false,
    });
    const row = (await db.stakeholders.get(edited.id)) as unknown as Record<string, unknown>;
    expect(row.name).toBe('Changed here');
    expect(row.tags).toEqual(['shelter']);
    expect(row.serverSeq).toBe(31);
    expect(await db.stakeholders.count()).toBe(50);
  });
});
