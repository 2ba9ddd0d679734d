// The outbox as push batches (docs/catalogue.md "Mutation ids"). A bulk write's single entry
// becomes one mutation per record (mutationsFromOutboxEntry), cut into batches of at most
// MAX_PUSH_MUTATIONS; an entry is done once the batch holding its last mutation is acknowledged,
// since batches go in order and a failure stops the push.
import type { OutboxEntry } from '../../domain/records/internal';
import { MAX_PUSH_MUTATIONS, mutationsFromOutboxEntry, type Mutation } from '../../domain/sync';

type StoredFields = Record<string, unknown> & { id: string; serverSeq: number };

export interface PushBatch {
  mutations: Mutation[];
  /** Entries whose last mutation is in this batch: removed once it is acknowledged. */
  completes: string[];
}

export interface OutboxPlan {
  batches: PushBatch[];
  /** Entries with nothing to send (desk-only tables, records gone): removed at once. */
  empty: string[];
  total: number;
}

/**
 * Cuts the entries (oldest first) into batches. `read` gives a record as it is now, by table and
 * id (the entry names fields, not values).
 */
export function planOutbox(
  entries: readonly OutboxEntry[],
  read: (table: string, id: string) => StoredFields | undefined,
  batchSize: number = MAX_PUSH_MUTATIONS,
): OutboxPlan {
  const batches: PushBatch[] = [];
  const empty: string[] = [];
  let current: PushBatch = { mutations: [], completes: [] };
  let total = 0;
  for (const entry of entries) {
    const mutations = mutationsFromOutboxEntry(entry, (id) => read(entry.table, id));
    if (mutations.length === 0) {
      empty.push(entry.id);
      continue;
    }
    total += mutations.length;
    for (const mutation of mutations) {
      if (current.mutations.length === batchSize) {
        batches.push(current);
        current = { mutations: [], completes: [] };
      }
      current.mutations.push(mutation);
    }
    current.completes.push(entry.id);
  }
  if (current.mutations.length > 0) batches.push(current);
  return { batches, empty, total };
}
