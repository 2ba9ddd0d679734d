// THE single write path (DESIGN §3). Every change to a record table goes through here: in one
// transaction it validates the record with its zod schema, stamps the metadata, writes the
// record, appends an audit entry and merges an outbox entry. If any step fails, none of it
// is stored. Repositories of the features call these functions; nothing else writes tables.
import { uuidv7 } from '../../domain/ids';
import {
  recordSchemas,
  type RecordInput,
  type RecordMeta,
  type RecordTable,
  type StoredRecord,
} from '../../domain/records';
import type { AuditAction, OutboxEntry } from '../../domain/records/internal';
import type { TulayDatabase } from './database';
import { RecordValidationError } from './RecordValidationError';
import { changedFields, stripMeta } from './recordFields';

export interface WriteContext {
  db: TulayDatabase;
  /** The staff member's id: who the audit trail names. */
  actor: string;
  now?: () => Date;
}

function validate<T extends RecordTable>(table: T, fields: unknown) {
  const result = recordSchemas[table].safeParse(fields);
  if (!result.success) throw RecordValidationError.fromZod(table, result.error);
  return result.data as unknown as Omit<StoredRecord<T>, keyof RecordMeta>;
}

async function appendAuditAndOutbox(
  ctx: WriteContext,
  at: string,
  action: AuditAction,
  table: RecordTable,
  record: RecordMeta,
  fields: string[],
) {
  const { db, actor } = ctx;
  await db.audit.add({ id: uuidv7(), at, actor, action, table, recordId: record.id, fields });
  const op: OutboxEntry['op'] = action === 'delete' ? 'delete' : 'put';
  const pending = await db.outbox.get({ table, recordId: record.id, state: 'pending' });
  if (pending) {
    const merged = [...new Set([...pending.fields, ...fields])];
    await db.outbox.update(pending.id, { fields: merged, op, updatedAt: at });
  } else {
    await db.outbox.add({
      id: uuidv7(),
      table,
      recordId: record.id,
      op,
      fields,
      baseSeq: record.serverSeq,
      state: 'pending',
      createdAt: at,
      updatedAt: at,
    });
  }
}

/** Creates a record; returns it as stored. */
export async function createRecord<T extends RecordTable>(
  ctx: WriteContext,
  table: T,
  input: RecordInput<T>,
  options: { id?: string } = {},
): Promise<StoredRecord<T>> {
  const fields = validate(table, input);
  const at = (ctx.now?.() ?? new Date()).toISOString();
  const meta: RecordMeta = {
    id: options.id ?? uuidv7(),
    createdAt: at,
    updatedAt: at,
    updatedBy: ctx.actor,
    deletedAt: null,
    serverSeq: 0,
  };
  const record = { ...fields, ...meta } as StoredRecord<T>;
  await ctx.db.transaction('rw', [ctx.db.table(table), ctx.db.audit, ctx.db.outbox], async () => {
    await ctx.db.table(table).add(record);
    await appendAuditAndOutbox(ctx, at, 'create', table, meta, Object.keys(fields));
  });
  return record;
}

/** Applies changes to a record (validating the whole result); returns it as stored. */
export async function updateRecord<T extends RecordTable>(
  ctx: WriteContext,
  table: T,
  id: string,
  changes: Partial<RecordInput<T>>,
): Promise<StoredRecord<T>> {
  return ctx.db.transaction('rw', [ctx.db.table(table), ctx.db.audit, ctx.db.outbox], async () => {
    const existing = (await ctx.db.table(table).get(id)) as StoredRecord<T> | undefined;
    if (!existing)
      throw new RecordValidationError(table, [{ path: 'id', message: 'errors.notFound' }]);
    const fields = validate(table, { ...stripMeta(existing), ...changes });
    const changed = changedFields(stripMeta(existing), fields);
    if (changed.length === 0) return existing;
    const at = (ctx.now?.() ?? new Date()).toISOString();
    const record = { ...existing, ...fields, updatedAt: at, updatedBy: ctx.actor };
    await ctx.db.table(table).put(record);
    await appendAuditAndOutbox(ctx, at, 'update', table, record, changed);
    return record;
  });
}

/** Soft-deletes a record: it stays as a tombstone (deletedAt) for sync. */
export async function deleteRecord(ctx: WriteContext, table: RecordTable, id: string) {
  await ctx.db.transaction('rw', [ctx.db.table(table), ctx.db.audit, ctx.db.outbox], async () => {
    const existing = (await ctx.db.table(table).get(id)) as RecordMeta | undefined;
    if (!existing || existing.deletedAt) return;
    const at = (ctx.now?.() ?? new Date()).toISOString();
    const record = { ...existing, deletedAt: at, updatedAt: at, updatedBy: ctx.actor };
    await ctx.db.table(table).put(record);
    await appendAuditAndOutbox(ctx, at, 'delete', table, record, ['deletedAt']);
  });
}

/** Records that someone viewed or exported a record (audit only; nothing changes). */
export async function recordAccess(
  ctx: WriteContext,
  action: Extract<AuditAction, 'view' | 'export'>,
  table: RecordTable,
  recordId: string,
) {
  const at = (ctx.now?.() ?? new Date()).toISOString();
  await ctx.db.audit.add({
    id: uuidv7(),
    at,
    actor: ctx.actor,
    action,
    table,
    recordId,
    fields: [],
  });
}
