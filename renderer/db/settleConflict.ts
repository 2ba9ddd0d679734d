// The write path's form of a reviewer's choice (docs/catalogue.md "Settling a conflict"): the
// chosen value is written like any edit (validated, audited, queued in the outbox) and the
// outbox entry names the conflict, so the push settles it on the catalogue for every desk. The
// field is queued even when the record already holds the chosen value: the catalogue must still
// hear the choice. The conflict itself keeps both values: the record's history of the other one.
import { caseSearchTokens, personSearchTokens } from '../../domain/people/personTokens';
import { META_FIELDS, type RecordMeta, type StoredRecord } from '../../domain/records';
import type { ConflictEntry } from '../../domain/records/internal';
import { anonymiseFields, type AnonymisedTable } from '../../domain/retention/anonymise';
import { readWholeInThisTransaction } from './readPolicy';
import { RecordValidationError } from './RecordValidationError';
import { stripMeta } from './recordFields';
import type { TulayDatabase } from './database';
import {
  auditEntry,
  newOutboxEntry,
  updateReadRecord,
  validate,
  type WriteContext,
} from './writeRecord';

export type ConflictChoice = 'stored' | 'other';

const chosenValueOf = (conflict: ConflictEntry, choice: ConflictChoice) =>
  choice === 'stored' ? conflict.storedValue : conflict.otherValue;

const ANONYMISED_TABLES: readonly string[] = ['people', 'cases', 'caseEvents', 'consents'];

/**
 * The record with the chosen value: a metadata field (deletedAt) is set as is, not validated.
 * A record retention anonymised stays so (domain/retention): choosing the value another desk
 * still held for a personal field does not bring it back.
 */
function withValue(
  table: ConflictEntry['table'],
  existing: RecordMeta & { anonymisedAt?: string },
  field: string,
  value: unknown,
) {
  if ((META_FIELDS as string[]).includes(field)) return { ...existing, [field]: value ?? null };
  const fields: Record<string, unknown> = { ...stripMeta(existing) };
  if (value === null) delete fields[field];
  else fields[field] = value;
  const chosen = { ...existing, ...validate(table, fields) };
  const at = existing.anonymisedAt;
  return at && ANONYMISED_TABLES.includes(table)
    ? anonymiseFields(table as AnonymisedTable, chosen, at)
    : chosen;
}

/**
 * A person's or a case's search tokens follow the chosen name, phone or reference, as the
 * people repository keeps them (features/people/peopleRepository.ts); a person's cases too.
 */
async function refreshTokens(ctx: WriteContext, table: string, record: Record<string, unknown>) {
  const { db } = ctx;
  if (table === 'people') {
    record.searchTokens = personSearchTokens(record as never);
    const id = record.id as string;
    const cases = await db.cases.where('clientId').equals(id).or('ofwId').equals(id).toArray();
    for (const c of cases) {
      const people = await peopleOf(db, c, record);
      // An anonymised case is found by its reference only (domain/retention).
      await updateReadRecord(ctx, 'cases', c, {
        searchTokens: caseSearchTokens(c.reference, c.anonymisedAt ? [] : people),
      });
    }
  } else if (table === 'cases') {
    const kase = record as unknown as StoredRecord<'cases'>;
    record.searchTokens = caseSearchTokens(
      kase.reference,
      kase.anonymisedAt ? [] : await peopleOf(db, kase),
    );
  }
}

async function peopleOf(
  db: TulayDatabase,
  kase: StoredRecord<'cases'>,
  changed?: Record<string, unknown>,
) {
  const ids = [kase.clientId, ...(kase.ofwId ? [kase.ofwId] : [])];
  const people = await db.people.bulkGet(ids);
  return people
    .map((p) => (p && changed && p.id === changed.id ? (changed as typeof p) : p))
    .filter((p): p is StoredRecord<'people'> => !!p);
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
  const stores = [table, db.people, db.cases, db.audit, db.outbox, db.conflicts];
  return db.transaction('rw', stores, async () => {
    readWholeInThisTransaction();
    const conflict = await db.conflicts.get(conflictId);
    if (!conflict || conflict.state !== 'open') return false;
    const existing = (await table.get(conflict.recordId)) as StoredRecord<typeof conflict.table>;
    if (!existing)
      throw new RecordValidationError(conflict.table, [{ path: 'id', message: 'errors.notFound' }]);
    const value = chosenValueOf(conflict, choice);
    const at = (ctx.now?.() ?? new Date()).toISOString();
    const record: RecordMeta & Record<string, unknown> = {
      ...withValue(conflict.table, existing, conflict.field, value),
      updatedAt: at,
      updatedBy: ctx.actor,
    };
    const before = JSON.stringify((existing as Record<string, unknown>).searchTokens ?? null);
    await refreshTokens(ctx, conflict.table, record);
    const fields = [conflict.field];
    if (JSON.stringify(record.searchTokens ?? null) !== before) fields.push('searchTokens');
    const resolves = [conflict.id];
    const [, , pending] = await Promise.all([
      table.put(record),
      db.audit.add({
        ...auditEntry(ctx, at, 'update', conflict.table, record.id, fields),
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
        fields: [...new Set([...pending.fields, ...fields])],
        resolves: [...new Set([...(pending.resolves ?? []), ...resolves])],
        op,
        updatedAt: at,
      });
    } else {
      const entry = newOutboxEntry(at, op, conflict.table, record, fields);
      await db.outbox.add({ ...entry, resolves });
    }
    return true;
  });
}
