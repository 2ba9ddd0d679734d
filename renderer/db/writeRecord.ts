// THE single write path (docs/architecture.md). Every change to a record table goes through here: in one
// transaction it validates the record with its zod schema, stamps the metadata, writes the
// record, appends an audit entry and merges an outbox entry. If any step fails, none of it
// is stored. Repositories of the features call these functions; nothing else writes tables.
import { Dexie } from 'dexie';
import { z } from 'zod';
import { uuidv7 } from '../../domain/ids';
import {
  recordSchemas,
  type RecordInput,
  type RecordMeta,
  type RecordTable,
  type StoredRecord,
} from '../../domain/records';
import type {
  AuditAction,
  AuditTable,
  ExportDetail,
  OutboxEntry,
  PrintedDocument,
} from '../../domain/records/internal';
import type { TulayDatabase } from './database';
import { unreadFields } from './readPolicy';
import { RecordValidationError } from './RecordValidationError';
import { changedFields, stripMeta } from './recordFields';

export interface WriteContext {
  db: TulayDatabase;
  /** The staff member's id: who the audit trail names. */
  actor: string;
  now?: () => Date;
}

/**
 * The record's fields, validated by its schema. `unread`: fields the session read the record
 * without (a clerk's copy of a restricted case, readPolicy.ts), which may be missing: the
 * database keeps the stored ones.
 */
export function validate<T extends RecordTable>(
  table: T,
  fields: unknown,
  unread: readonly string[] = [],
) {
  const schema: z.ZodType = recordSchemas[table];
  const optional = Object.fromEntries(unread.map((name) => [name, true]));
  const result = (
    unread.length > 0 && schema instanceof z.ZodObject ? schema.partial(optional as never) : schema
  ).safeParse(fields);
  if (!result.success) throw RecordValidationError.fromZod(table, result.error);
  return result.data as Omit<StoredRecord<T>, keyof RecordMeta>;
}

export const auditEntry = (
  ctx: WriteContext,
  at: string,
  action: AuditAction,
  table: AuditTable,
  recordId: string,
  fields: string[],
) => ({ id: uuidv7(), at, actor: ctx.actor, action, table, recordId, fields });

export const newOutboxEntry = (
  at: string,
  op: OutboxEntry['op'],
  table: RecordTable,
  record: RecordMeta,
  fields: string[],
): OutboxEntry => ({
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

/**
 * Writes a changed record with its audit entry, and merges the change into the record's pending
 * outbox entry (or starts one). The writes are issued together rather than one after another:
 * IndexedDB applies them in order within the transaction, and each awaited round trip to the
 * database costs the officer time.
 */
async function putWithAuditAndOutbox(
  ctx: WriteContext,
  at: string,
  action: Exclude<AuditAction, 'create' | 'view' | 'export'>,
  table: RecordTable,
  record: RecordMeta,
  fields: string[],
) {
  const { db } = ctx;
  const op: OutboxEntry['op'] = action === 'delete' ? 'delete' : 'put';
  const [, , pending, batch] = await Promise.all([
    db.table(table).put(record),
    db.audit.add(auditEntry(ctx, at, action, table, record.id, fields)),
    db.outbox.get({ table, recordId: record.id, state: 'pending' }),
    record.batchId ? db.outbox.get(record.batchId) : undefined,
  ]);
  if (pending) {
    const merged = [...new Set([...pending.fields, ...fields])];
    await db.outbox.update(pending.id, { fields: merged, op, updatedAt: at });
  } else if (batch?.state === 'pending') {
    // The bulk write's pending entry is this record's one pending entry: it pushes its records
    // whole, as they are then (a tombstone included). A field none of them had joins its list.
    const added = fields.filter((field) => !batch.fields.includes(field));
    if (added.length > 0) {
      await db.outbox.update(batch.id, { fields: [...batch.fields, ...added], updatedAt: at });
    }
  } else {
    await db.outbox.add(newOutboxEntry(at, op, table, record, fields));
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
  const names = Object.keys(fields);
  const { db } = ctx;
  // A new record has no pending outbox entry to merge into: records are never removed while
  // their outbox entries stay, and the outbox's unique index would refuse a second entry (and
  // with it the whole write) rather than let one be lost.
  await db.transaction('rw', [db.table(table), db.audit, db.outbox], () =>
    Promise.all([
      db.table(table).add(record),
      db.audit.add(auditEntry(ctx, at, 'create', table, meta.id, names)),
      db.outbox.add(newOutboxEntry(at, 'put', table, meta, names)),
    ]),
  );
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
    return updateReadRecord(ctx, table, existing, changes);
  });
}

/**
 * updateRecord for a record the caller has just read in the same transaction, without reading
 * it again (nothing else can change it before the transaction ends).
 */
export async function updateReadRecord<T extends RecordTable>(
  ctx: WriteContext,
  table: T,
  existing: StoredRecord<T>,
  changes: Partial<RecordInput<T>>,
): Promise<StoredRecord<T>> {
  if (!Dexie.currentTransaction) throw new Error('updateReadRecord needs the read transaction');
  const unread = unreadFields(ctx.db, table, existing);
  const fields = validate(table, { ...stripMeta(existing), ...changes }, unread);
  const changed = changedFields(stripMeta(existing), fields);
  if (changed.length === 0) return existing;
  const at = (ctx.now?.() ?? new Date()).toISOString();
  const record = { ...existing, ...fields, updatedAt: at, updatedBy: ctx.actor };
  await putWithAuditAndOutbox(ctx, at, 'update', table, record, changed);
  return record;
}

/**
 * Replaces the fields of a record read in the same transaction with `next` (metadata aside): a
 * field `next` lacks is removed, as retention does when it anonymises a record. Validated,
 * audited and queued as any edit: the audit and the outbox name the fields that changed.
 */
export async function replaceReadRecord<T extends RecordTable>(
  ctx: WriteContext,
  table: T,
  existing: StoredRecord<T>,
  next: RecordInput<T>,
): Promise<StoredRecord<T>> {
  if (!Dexie.currentTransaction) throw new Error('replaceReadRecord needs the read transaction');
  const fields = validate(table, next);
  const changed = changedFields(stripMeta(existing), fields);
  if (changed.length === 0) return existing;
  const at = (ctx.now?.() ?? new Date()).toISOString();
  // Fields of the schema that `next` lacks go; fields this version does not know stay.
  const record: Record<string, unknown> = {
    ...existing,
    ...fields,
    updatedAt: at,
    updatedBy: ctx.actor,
  };
  for (const name of Object.keys(recordSchemas[table].shape))
    if (!(name in fields)) delete record[name];
  await putWithAuditAndOutbox(ctx, at, 'update', table, record as RecordMeta, changed);
  return record as StoredRecord<T>;
}

/** Soft-deletes a record: it stays as a tombstone (deletedAt) for sync. */
export async function deleteRecord(ctx: WriteContext, table: RecordTable, id: string) {
  await ctx.db.transaction('rw', [ctx.db.table(table), ctx.db.audit, ctx.db.outbox], async () => {
    const existing = (await ctx.db.table(table).get(id)) as RecordMeta | undefined;
    if (!existing || existing.deletedAt) return;
    const at = (ctx.now?.() ?? new Date()).toISOString();
    const record = { ...existing, deletedAt: at, updatedAt: at, updatedBy: ctx.actor };
    await putWithAuditAndOutbox(ctx, at, 'delete', table, record, ['deletedAt']);
  });
}

/**
 * Records an act that changes no record (audit only): someone viewed or exported a record, made a
 * backup of the whole database or restored one, or referred a case without consent on a
 * supervisor's override. Call it inside the transaction of the act when there is one.
 */
export async function recordAccess(
  ctx: WriteContext,
  action: Extract<
    AuditAction,
    | 'view'
    | 'export'
    | 'backup'
    | 'restore'
    | 'consentOverride'
    | 'signIn'
    | 'signInFailed'
    | 'lock'
    | 'unlock'
    | 'passphraseChange'
  >,
  table: RecordTable,
  recordId: string,
) {
  const at = (ctx.now?.() ?? new Date()).toISOString();
  await ctx.db.audit.add(auditEntry(ctx, at, action, table, recordId, []));
}

/**
 * Records that a print view was printed or saved as PDF: the record it shows (or, for a page
 * about many, the table and a new id) and the records printed on it.
 */
export async function recordPrint(
  ctx: WriteContext,
  printed: PrintedDocument,
  table: RecordTable,
  recordId: string = uuidv7(),
  recordIds: readonly string[] = [],
) {
  const at = (ctx.now?.() ?? new Date()).toISOString();
  const entry = auditEntry(ctx, at, 'print', table, recordId, []);
  await ctx.db.audit.add({
    ...entry,
    printed,
    ...(recordIds.length > 0 ? { recordIds: [...recordIds] } : {}),
  });
}

/**
 * Records one export as one audit entry: the table, the filters and row count (`detail`), and the
 * ids of the records written to the file, so that who took whose data out stays answerable. An
 * export of the audit trail itself names the 'audit' table.
 */
export async function recordExport(
  ctx: WriteContext,
  table: AuditTable,
  detail: ExportDetail,
  recordIds: readonly string[] = [],
) {
  const at = (ctx.now?.() ?? new Date()).toISOString();
  const entry = auditEntry(ctx, at, 'export', table, uuidv7(), []);
  await ctx.db.audit.add({ ...entry, detail, recordIds: [...recordIds] });
}
