// The write path's form of a reviewer's choice (docs/catalogue.md "Settling a conflict"): the
// chosen value is written like any edit (validated, audited, queued in the outbox) and the
// outbox entry names the conflict, so the push settles it on the catalogue for every desk. The
// field is queued even when the record already holds the chosen value: the catalogue must still
// hear the choice. The conflict itself keeps both values: the record's history of the other one.
import { META_FIELDS, type RecordMeta, type StoredRecord } from '../../domain/records';
import type { ConflictEntry } from '../../domain/records/internal';
import { RecordValidationError } from './RecordValidationError';
import { stripMeta } from './recordFields';
import { auditEntry, newOutboxEntry, validate, type WriteContext } from './writeRecord';

export type ConflictChoice = 'stored' | 'other';

const chosenValueOf = (conflict: ConflictEntry, choice: ConflictChoice) =>
  choice === 'stored' ? conflict.storedValue : conflict.otherValue;

/** The record with the chosen value: a metadata field (deletedAt) is set as is, not validated. */
function withValue(table: ConflictEntry['table'], existing: RecordMeta, field: string, value: unknown) {
  if ((META_FIELDS as string[]).includes(field)) return { ...existing, [field]: value ?? null };
  const fields: Record<string, unknown> = { ...stripMeta(existing) };
  if (value === null) delete fields[field];
  else fields[field] = value;
  return { ...existing, ...validate(table, fields) };
}

/**
 * Writes the chosen value of an open conflict and marks the conflict chosen, in one transaction.
 * Returns false when the conflict is no longer open (settled meanwhile, here or by a pull).
 */
export async function settleConflict(
  ctx: WriteContext,
  conflictId: string,
  choice: ConflictChoice,
): Promise<boolean> {
  const { db } = ctx;
  const first = await db.conflicts.get(conflictId);
  if (!first) return false;
  const table = db.table(first.table);
  return db.transaction('rw', [table, db.audit, db.outbox, db.conflicts], async () => {
    const conflict = await db.conflicts.get(conflictId);
    if (!conflict || conflict.state !== 'open') return false;
    const existing = (await table.get(conflict.recordId)) as StoredRecord<typeof conflict.table>;
    if (!existing)
      throw new RecordValidationError(conflict.table, [{ path: 'id', message: 'errors.notFound' }]);
    const value = chosenValueOf(conflict, choice);
    const at = (ctx.now?.() ?? new Date()).toISOString();
    const record = {
      ...withValue(conflict.table, existing, conflict.field, value),
      updatedAt: at,
      updatedBy: ctx.actor,
    };
    const resolves = [conflict.id];
    const [, , pending] = await Promise.all([
      table.put(record),
      db.audit.add({
        ...auditEntry(ctx, at, 'update', conflict.table, record.id, [conflict.field]),
        resolves,
      }),
      db.outbox.get({ table: conflict.table, recordId: record.id, state: 'pending' }),
      db.conflicts.update(conflict.id, {
        state: 'chosen',
        chosenValue: value,
        chosenAt: at,
        chosenBy: ctx.actor,
      }),
    ]);
    const op = record.deletedAt ? 'delete' : 'put';
    if (pending) {
      await db.outbox.update(pending.id, {
        fields: [...new Set([...pending.fields, conflict.field])],
        resolves: [...new Set([...(pending.resolves ?? []), ...resolves])],
        op,
        updatedAt: at,
      });
    } else {
      const entry = newOutboxEntry(at, op, conflict.table, record, [conflict.field]);
      await db.outbox.add({ ...entry, resolves });
    }
    return true;
  });
}
