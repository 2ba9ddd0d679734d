// The bulk form of the single write path, for sample data and imports: the same validation and
// metadata as createRecord, written with bulkAdd in the caller's transaction (or one of its
// own), so a failed row leaves nothing behind.
//
// A bulk write is one act, and it is audited and queued for sync as one: a single audit entry
// and a single outbox entry name all the records it created (their `batchId` is the entry's
// id). Per-record entries would triple the rows written, and an import of 100,000 cases would
// run at a third of the speed IndexedDB can store them (docs/bulk-writes.md).
import { uuidv7 } from '../../domain/ids';
import {
  recordSchemas,
  type RecordInput,
  type RecordMeta,
  type RecordTable,
  type StoredRecord,
} from '../../domain/records';
import type { AuditEntry, OutboxEntry } from '../../domain/records/internal';
import { RecordValidationError } from './RecordValidationError';
import type { WriteContext } from './writeRecord';

export async function createRecords<T extends RecordTable>(
  ctx: WriteContext,
  table: T,
  inputs: readonly (RecordInput<T> & { id?: string })[],
): Promise<StoredRecord<T>[]> {
  if (inputs.length === 0) return [];
  const at = (ctx.now?.() ?? new Date()).toISOString();
  const batchId = uuidv7();
  const fields = new Set<string>();
  const records = inputs.map((input, row) => {
    const result = recordSchemas[table].safeParse(input);
    if (!result.success) {
      const error = RecordValidationError.fromZod(table, result.error);
      error.problems.forEach((problem) => (problem.path = `${row}.${problem.path}`));
      throw error;
    }
    for (const name of Object.keys(result.data)) fields.add(name);
    const meta: RecordMeta = {
      id: input.id ?? uuidv7(),
      createdAt: at,
      updatedAt: at,
      updatedBy: ctx.actor,
      deletedAt: null,
      serverSeq: 0,
      batchId,
    };
    return { ...(result.data as object), ...meta } as StoredRecord<T>;
  });
  const recordIds = records.map((r) => r.id);
  const audit: AuditEntry = {
    id: batchId,
    at,
    actor: ctx.actor,
    action: 'create',
    table,
    recordId: batchId,
    recordIds,
    fields: [...fields],
  };
  const outbox: OutboxEntry = {
    id: batchId,
    table,
    recordId: batchId,
    recordIds,
    op: 'put',
    fields: [...fields],
    baseSeq: 0,
    state: 'pending',
    createdAt: at,
    updatedAt: at,
  };
  const { db } = ctx;
  await db.transaction('rw', [db.table(table), db.audit, db.outbox], () =>
    Promise.all([db.table(table).bulkAdd(records), db.audit.add(audit), db.outbox.add(outbox)]),
  );
  return records;
}
