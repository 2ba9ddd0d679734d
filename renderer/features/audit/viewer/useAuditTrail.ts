// The audit viewer's list: the newest entries that match the filters, as many pages as the
// supervisor asked for, with the records' labels and the staff names. A live query, so an entry
// written meanwhile (the viewer's own export among them) appears at the top.
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditFilter } from '../../../../domain/audit/auditFilter';
import type { AuditEntry } from '../../../../domain/records/internal';
import { useDatabase } from '../../../db';
import { auditPage, countInPeriod, personEntries } from './auditReads';
import { recordLabels, staffNames, type RecordLabel } from './recordLabels';

export const AUDIT_PAGE = 100;

export interface AuditTrail {
  entries: AuditEntry[];
  labels: Map<string, RecordLabel>;
  staff: Map<string, string>;
  /** Whether older matching entries remain. */
  more: boolean;
  /** Entries in the period, when only the period is filtered. */
  total: number | null;
}

export function useAuditTrail(filter: AuditFilter, pages: number): AuditTrail | undefined {
  const db = useDatabase();
  return useLiveQuery(async (): Promise<AuditTrail> => {
    const limit = pages * AUDIT_PAGE;
    let entries: AuditEntry[];
    let more: boolean;
    if (filter.personId) {
      const all = await personEntries(db, filter.personId, filter);
      entries = all.slice(0, limit);
      more = all.length > limit;
    } else {
      const page = await auditPage(db, filter, null, limit);
      entries = page.entries;
      more = page.next !== null;
    }
    const onlyPeriod = !filter.personId && !filter.staff && !filter.action;
    const [labels, staff, total] = await Promise.all([
      recordLabels(db, entries),
      staffNames(db),
      onlyPeriod ? countInPeriod(db, filter) : null,
    ]);
    return { entries, labels, staff, more, total };
  }, [db, filter, pages]);
}
