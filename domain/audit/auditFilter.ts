// The audit viewer's filters as pure functions: the period as the index range of `at` (local
// days, never UTC days), and whether an entry matches the staff member, the action and the
// person concerned. The viewer reads the index range newest first and keeps what matches.
import type { AuditAction, AuditEntry, AuditTable } from '../records/internal';

export interface AuditFilter {
  /** The person concerned: entries about them, their cases, consents and attendance. */
  personId: string | null;
  /** The staff member who acted (the entry's actor). */
  staff: string | null;
  action: AuditAction | null;
  /** Local days "2026-12-01", '' for an open end. */
  from: string;
  to: string;
}

export const NO_AUDIT_FILTER: AuditFilter = {
  personId: null,
  staff: null,
  action: null,
  from: '',
  to: '',
};

/** The lowest and highest ISO strings an ISO instant can be: an open end of the range. */
const OPEN_LOWER = '';
const OPEN_UPPER = '\uffff';

/** Midnight at the start of a local day ("2026-12-05"), as the ISO instant the index holds. */
function startOfLocalDay(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The range of `at` for a period of local days: from the start of `from` (included) to the start
 * of the day after `to` (excluded). An empty or unfinished day leaves that end open.
 */
export function periodRange(from: string, to: string): { lower: string; upper: string } {
  return {
    lower: DAY.test(from) ? startOfLocalDay(from) : OPEN_LOWER,
    upper: DAY.test(to) ? startOfLocalDay(to, 1) : OPEN_UPPER,
  };
}

/** A record an entry can be about, as one string: "cases:0193…". */
export const recordKey = (table: AuditTable, id: string) => `${table}:${id}`;

/**
 * Whether an entry is about one of `records` (keys from recordKey): the record it names, or one
 * of the records a bulk write created, an export wrote to its file or a print put on paper.
 */
export function concernsRecords(entry: AuditEntry, records: ReadonlySet<string>): boolean {
  if (records.has(recordKey(entry.table, entry.recordId))) return true;
  return entry.recordIds?.some((id) => records.has(recordKey(entry.table, id))) ?? false;
}

/** Whether an entry passes the staff, action and period filters (the person is checked apart). */
export function matchesAuditFilter(entry: AuditEntry, filter: AuditFilter): boolean {
  if (filter.staff && entry.actor !== filter.staff) return false;
  if (filter.action && entry.action !== filter.action) return false;
  const { lower, upper } = periodRange(filter.from, filter.to);
  return entry.at >= lower && entry.at < upper;
}

/** How many filters are set, for "Clear filters". */
export function countAuditFilters(filter: AuditFilter): number {
  return [
    filter.personId,
    filter.staff,
    filter.action,
    DAY.test(filter.from),
    DAY.test(filter.to),
  ].filter(Boolean).length;
}

/** The filters as an export's audit entry names them (ids and days, never a name). */
export function auditFilterDetail(filter: AuditFilter): Record<string, string> {
  const detail: Record<string, string> = {};
  if (filter.personId) detail['personId'] = filter.personId;
  if (filter.staff) detail['staff'] = filter.staff;
  if (filter.action) detail['action'] = filter.action;
  if (DAY.test(filter.from)) detail['from'] = filter.from;
  if (DAY.test(filter.to)) detail['to'] = filter.to;
  return detail;
}
