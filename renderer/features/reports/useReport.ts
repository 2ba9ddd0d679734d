// The figures of the chosen period, kept live: a case saved here or in another window drops what
// was kept of it (reportMemory.ts) and the report is computed again. While a new period's
// figures are computed, the last ones stay.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useSyncExternalStore } from 'react';
import type { Period } from '../../../domain/reports/periods';
import { useDatabase } from '../../db';
import {
  reportEntry,
  reportMemoryVersion,
  subscribeReportMemory,
  type Report,
} from './reportMemory';

export type { Report } from './reportMemory';

export function useReport(period: Period, staff: string | null): Report | undefined {
  const db = useDatabase();
  // A change to the figures' tables moves the version on, and the query runs again; the report
  // started at the click (usePrefetchReport) is the one it waits for.
  const version = useSyncExternalStore(subscribeReportMemory, () => reportMemoryVersion(db.name));
  return useLiveQuery(
    () => reportEntry(db, period, staff).promise,
    [db, period.from, period.to, staff, version],
  );
}

/**
 * Starts computing a period's report at once (the period control, at the click), so that it is
 * read while the address change is rendered; the page then finds it ready.
 */
export function usePrefetchReport() {
  const db = useDatabase();
  return useCallback(
    (period: Period, staff: string | null) => void reportEntry(db, period, staff),
    [db],
  );
}
