// The bulk form of the single write path, for sample data and imports: the same validation,
// metadata, audit and outbox as createRecord, written with bulkAdd in the caller's transaction
// (or one of its own), so a failed row leaves nothing behind.
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
  const at = (ctx.now?.() ?? new Date()).toISOString();
  const records: StoredRecord<T>[] = [];
  const audit: AuditEntry[] = [];
  const outbox: OutboxEntry[] = [];
  inputs.forEach((input, row) => {
    const result = recordSchemas[table].safeParse(input);
    if (!result.success) {
      const error = RecordValidationError.fromZod(table, result.error);
      error.problems.forEach((problem) => (problem.path = `${row}.${problem.path}`));
      throw error;
    }
    const meta: RecordMeta = {
      id: input.id ?? uuidv7(),
      createdAt: at,
      updatedAt: at,
      updatedBy: ctx.actor,
      deletedAt: null,
      serverSeq: 0,
    };
    const fields = Object.keys(result.data);
    records.push({ ...(result.data as object), ...meta } as StoredRecord<T>);
    audit.push({
      id: uuidv7(),
      at,
      actor: ctx.actor,
      action: 'create',
      table,
      recordId: meta.id,
      fields,
    });
    outbox.push({
      id: uuidv7(),
      table,
      recordId: meta.id,
      op: 'put',
      fields,
      baseSeq: 0,
      state: 'pending',
      createdAt: at,
      updatedAt: at,
    });
  });
  await ctx.db.transaction('rw', [ctx.db.table(table), ctx.db.audit, ctx.db.outbox], async () => {
    await ctx.db.table(table).bulkAdd(records);
    await ctx.db.audit.bulkAdd(audit);
    await ctx.db.outbox.bulkAdd(outbox);
  });
  return records;
}
