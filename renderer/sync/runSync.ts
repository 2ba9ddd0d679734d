// One sync: push the outbox in batches, then pull every page after the cursor. An outbox entry
// is marked in flight before its first push (a later edit then starts a new entry) and removed
// only once the server acknowledged its last mutation; an entry left in flight by a crash is
// pushed again with the same mutation ids, which the server recognises.
import {
  DEFAULT_PULL_LIMIT,
  SYNC_TABLES,
  type Mutation,
  type MutationResult,
} from '../../domain/sync';
import { readWholeInThisTransaction, type TulayDatabase } from '../db';
import { applyPulledPage, readCursor } from './applyPull';
import type { CatalogueClient } from './client';
import { planOutbox } from './outboxBatches';

export interface SyncProgress {
  phase: 'push' | 'pull';
  done: number;
  /** Known for a push; for a pull, the records pulled so far (the total is not known). */
  total: number | null;
}

export interface SyncResult {
  pushed: number;
  pulled: number;
}

type StoredFields = Record<string, unknown> & { id: string; serverSeq: number };

/**
 * Marks the pending entries in flight and reads what the in-flight ones will push, in one
 * transaction. A record has at most one entry in flight (the outbox's unique index): a pending
 * entry of a record whose earlier entry is still in flight (its push failed) waits until that one
 * is acknowledged; `waiting` counts them.
 */
async function takeOutbox(db: TulayDatabase) {
  const tables = SYNC_TABLES.map((t) => db.table(t));
  return db.transaction('rw', [db.outbox, ...tables], async () => {
    readWholeInThisTransaction(); // pushed whole, whoever is signed in
    const all = (await db.outbox.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
    const key = (e: { table: string; recordId: string }) => `${e.table}/${e.recordId}`;
    const busy = new Set(all.filter((e) => e.state === 'inflight').map(key));
    const entries = all.filter((e) => e.state === 'inflight' || !busy.has(key(e)));
    const pendingIds = entries.filter((e) => e.state === 'pending').map((e) => e.id);
    if (pendingIds.length > 0)
      await db.outbox.bulkUpdate(
        pendingIds.map((key) => ({ key, changes: { state: 'inflight' } })),
      );
    const records = new Map<string, StoredFields>();
    const byTable = new Map<string, Set<string>>();
    for (const entry of entries) {
      const ids = entry.recordIds ?? [entry.recordId];
      const set = byTable.get(entry.table) ?? new Set<string>();
      ids.forEach((id) => set.add(id));
      byTable.set(entry.table, set);
    }
    for (const [table, ids] of byTable) {
      if (!(SYNC_TABLES as readonly string[]).includes(table)) continue;
      const list = [...ids];
      const rows = (await db.table(table).bulkGet(list)) as (StoredFields | undefined)[];
      rows.forEach((row, i) => row && records.set(`${table}/${list[i]}`, row));
    }
    const plan = planOutbox(entries, (table, id) => records.get(`${table}/${id}`));
    return { plan, waiting: all.length - entries.length };
  });
}

/**
 * After the server acknowledged a batch: removes the entries it completed and, for a record this
 * desk created (never pulled, serverSeq 0), takes the seq its creation got as the record's
 * serverSeq and as the base of its pending edits, in one transaction. Without it, an edit after
 * a sync whose pull failed was based on seq 0 and pushed the whole record, putting back this
 * desk's old values over what other desks had changed since. No other desk can have changed a
 * record before the seq that created it, so nothing is claimed as seen that was not.
 */
async function acknowledge(
  db: TulayDatabase,
  mutations: readonly Mutation[],
  results: readonly MutationResult[],
  completes: string[],
) {
  const created = new Map<string, { table: string; id: string; seq: number }>();
  mutations.forEach((m, i) => {
    const seq = results[i]?.seq ?? 0;
    const key = `${m.table}/${m.id}`;
    if (m.baseSeq !== 0 || seq === 0 || (created.get(key)?.seq ?? Infinity) <= seq) return;
    created.set(key, { table: m.table, id: m.id, seq });
  });
  if (created.size === 0) {
    if (completes.length > 0) await db.outbox.bulkDelete(completes);
    return;
  }
  const tables = SYNC_TABLES.map((t) => db.table(t));
  await db.transaction('rw', [db.outbox, ...tables], async () => {
    readWholeInThisTransaction();
    if (completes.length > 0) await db.outbox.bulkDelete(completes);
    for (const { table, id, seq } of created.values()) {
      const row = (await db.table(table).get(id)) as StoredFields | undefined;
      if (row && row.serverSeq === 0) await db.table(table).put({ ...row, serverSeq: seq });
      const pending = await db.outbox.get({ table, recordId: id, state: 'pending' });
      if (pending && pending.baseSeq === 0 && !pending.recordIds)
        await db.outbox.update(pending.id, { baseSeq: seq });
    }
  });
}

export async function runSync(
  db: TulayDatabase,
  client: CatalogueClient,
  options: { onProgress?: (progress: SyncProgress) => void; pullLimit?: number } = {},
): Promise<SyncResult> {
  let pushed = 0;
  // A second round takes the entries that waited for an earlier entry of their record.
  for (;;) {
    const { plan, waiting } = await takeOutbox(db);
    if (plan.empty.length > 0) await db.outbox.bulkDelete(plan.empty);
    const total = pushed + plan.total;
    options.onProgress?.({ phase: 'push', done: pushed, total });
    for (const batch of plan.batches) {
      const { results } = await client.push(batch.mutations);
      await acknowledge(db, batch.mutations, results, batch.completes);
      pushed += batch.mutations.length;
      options.onProgress?.({ phase: 'push', done: pushed, total });
    }
    if (waiting === 0 || (plan.total === 0 && plan.empty.length === 0)) break;
  }
  let pulled = 0;
  let cursor = await readCursor(db);
  const limit = options.pullLimit ?? DEFAULT_PULL_LIMIT;
  let next = client.pull(cursor, limit);
  for (;;) {
    const page = await next;
    const more = page.hasMore && page.nextCursor > cursor;
    // The next page is asked for while this one is written: the network and the parsing of the
    // answer overlap the database's work. Its cursor is stored only with it, after this page's.
    if (more) {
      next = client.pull(page.nextCursor, limit);
      next.catch(() => {}); // awaited below; a failure while this page is written is not lost
    }
    pulled += await applyPulledPage(db, page);
    options.onProgress?.({ phase: 'pull', done: pulled, total: null });
    if (!more) break;
    cursor = page.nextCursor;
  }
  return { pushed, pulled };
}
