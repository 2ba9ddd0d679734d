// Reads of the audit viewer. Without a person the trail is read newest first along the `at`
// index, a page at a time, from where the last page ended (as the case list reads its index), so
// a trail of hundreds of thousands of entries opens as fast as a short one. With a person, the
// entries about their records are found through the [table+recordId] index.
import {
  concernsRecords,
  matchesAuditFilter,
  periodRange,
  recordKey,
  type AuditFilter,
} from '../../../../domain/audit/auditFilter';
import type { AuditEntry, AuditTable } from '../../../../domain/records/internal';
import type { TulayDatabase } from '../../../db';

/** Where a page ended: the next page starts just before it. */
export interface AuditCursor {
  at: string;
  /** Entries at exactly `at` already shown (several entries can share a millisecond). */
  seen: readonly string[];
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Where the next page starts, or null when the list is complete. */
  next: AuditCursor | null;
}

function cursorAfter(entries: readonly AuditEntry[], previous: AuditCursor | null): AuditCursor {
  const last = entries[entries.length - 1]!;
  const seen = entries.filter((e) => e.at === last.at).map((e) => e.id);
  // The previous page may have ended on the same millisecond.
  if (previous && previous.at === last.at) seen.push(...previous.seen);
  return { at: last.at, seen };
}

/** The records that are about a person: themselves, their cases (and the timeline of those),
 *  consents, attendance at seminars and household links. */
export async function personRecordKeys(db: TulayDatabase, personId: string): Promise<Set<string>> {
  const [asClient, asOfw, consents, attendance, households, related] = await Promise.all([
    db.cases.where('clientId').equals(personId).primaryKeys(),
    db.cases.where('ofwId').equals(personId).primaryKeys(),
    db.consents.where('personId').equals(personId).primaryKeys(),
    db.attendance.where('personId').equals(personId).primaryKeys(),
    db.households.where('personId').equals(personId).primaryKeys(),
    db.households.where('relatedPersonId').equals(personId).primaryKeys(),
  ]);
  const caseIds = [...new Set([...asClient, ...asOfw])];
  const events = caseIds.length
    ? await db.caseEvents.where('caseId').anyOf(caseIds).primaryKeys()
    : [];
  const keys = new Set<string>([recordKey('people', personId)]);
  const add = (table: AuditTable, ids: readonly string[]) =>
    ids.forEach((id) => keys.add(recordKey(table, id)));
  add('cases', caseIds);
  add('caseEvents', events);
  add('consents', consents);
  add('attendance', attendance);
  add('households', [...households, ...related]);
  return keys;
}

const newestFirst = (a: AuditEntry, b: AuditEntry) =>
  a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1;

/**
 * Every entry about a person, newest first: those naming one of their records (index look-ups),
 * and the bulk writes, exports and prints that listed one. The lists are not indexed, so the
 * entries of the period that carry one are read and checked.
 */
export async function personEntries(
  db: TulayDatabase,
  personId: string,
  filter: AuditFilter,
): Promise<AuditEntry[]> {
  const keys = await personRecordKeys(db, personId);
  const pairs = [...keys].map((key) => {
    const at = key.indexOf(':');
    return [key.slice(0, at), key.slice(at + 1)];
  });
  const { lower, upper } = periodRange(filter.from, filter.to);
  if (lower >= upper) return [];
  const [direct, listed] = await Promise.all([
    db.audit.where('[table+recordId]').anyOf(pairs).toArray(),
    db.audit
      .where('at')
      .between(lower, upper, true, false)
      .filter((e) => !!e.recordIds && concernsRecords(e, keys))
      .toArray(),
  ]);
  const byId = new Map([...direct, ...listed].map((e) => [e.id, e]));
  return [...byId.values()].filter((e) => matchesAuditFilter(e, filter)).sort(newestFirst);
}

/** One page of the trail (no person chosen), newest first, from `cursor` on. */
export async function auditPage(
  db: TulayDatabase,
  filter: AuditFilter,
  cursor: AuditCursor | null,
  limit: number,
): Promise<AuditPage> {
  const { lower, upper } = periodRange(filter.from, filter.to);
  if (lower >= upper) return { entries: [], next: null };
  const seen = new Set(cursor?.seen ?? []);
  const range = cursor
    ? db.audit.where('at').between(lower, cursor.at, true, true)
    : db.audit.where('at').between(lower, upper, true, false);
  const rows = await range
    .reverse()
    .filter((e) => !seen.has(e.id) && matchesAuditFilter(e, filter))
    .limit(limit + 1)
    .toArray();
  const entries = rows.slice(0, limit);
  const more = rows.length > limit;
  return { entries, next: more ? cursorAfter(entries, cursor) : null };
}

/** How many entries the period holds, when that is cheap to know (no other filter set). */
export async function countInPeriod(db: TulayDatabase, filter: AuditFilter): Promise<number> {
  const { lower, upper } = periodRange(filter.from, filter.to);
  if (lower >= upper) return 0;
  return db.audit.where('at').between(lower, upper, true, false).count();
}
