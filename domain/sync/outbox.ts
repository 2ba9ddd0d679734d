// How a desk's outbox (renderer/db/writeRecord.ts, createRecords.ts) becomes push mutations.
// Pure, so the desk (issue 13) uses it as is and the server's tests push what a desk would.
import type { OutboxEntry } from '../records/internal';
import type { Fields, Mutation } from './messages';
import { LOCAL_ONLY_FIELDS, SYNC_TABLES, type SyncTable } from './protocol';

/**
 * One outbox entry may name many records (a bulk write). Each record is pushed as its own
 * mutation whose id joins the entry's id and the record's id: every mutation of the entry can
 * be replayed, alone or with any others, and the server recognises each one. A record's entry
 * is never reused once in flight (a later edit starts a new entry), so the id stays unique.
 */
export const mutationIdOf = (entryId: string, recordId: string) => `${entryId}:${recordId}`;

type StoredFields = Record<string, unknown> & { id: string; serverSeq: number };

const isSyncTable = (table: string): table is SyncTable =>
  (SYNC_TABLES as readonly string[]).includes(table);

function pick(record: StoredFields, names: readonly string[] | null): Fields {
  const out: Fields = {};
  const keys = names ?? Object.keys(record);
  for (const name of keys) {
    if ((LOCAL_ONLY_FIELDS as readonly string[]).includes(name)) continue;
    const value = record[name];
    // A field the record no longer has was cleared: null unsets it on the server.
    out[name] = value === undefined ? null : (value as Fields[string]);
  }
  return out;
}

/**
 * The mutations of one outbox entry, reading each record as it is now (the entry names fields,
 * not values). A record never synced (baseSeq 0) and a bulk entry's records go whole; an edit
 * sends its changed fields with who and when. A record that is gone (sample data removed)
 * sends nothing.
 */
export function mutationsFromOutboxEntry(
  entry: OutboxEntry,
  read: (recordId: string) => StoredFields | undefined,
): Mutation[] {
  if (!isSyncTable(entry.table)) return [];
  const table = entry.table;
  const ids = entry.recordIds ?? [entry.recordId];
  const mutations: Mutation[] = [];
  for (const id of ids) {
    const record = read(id);
    if (!record) continue;
    const whole = entry.recordIds !== undefined || entry.baseSeq === 0;
    const names = whole ? null : [...entry.fields, 'updatedAt', 'updatedBy', 'deletedAt'];
    const fields = pick(record, names);
    const deleted = typeof record.deletedAt === 'string';
    mutations.push({
      mutationId: mutationIdOf(entry.id, id),
      table,
      id,
      op: deleted ? 'delete' : 'put',
      fields,
      baseSeq: entry.recordIds ? record.serverSeq : entry.baseSeq,
      ...(entry.resolves?.length ? { resolves: [...entry.resolves] } : {}),
    });
  }
  return mutations;
}
