// The figures of the chosen period, kept live: a case saved here or in another window drops what
// was kept of it (reportMemory.ts) and the report is computed again. While a new period's
// figures are computed, the last ones stay.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
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
  // A change to the figures' tables moves the version on; the entry below is then a new one.
  useSyncExternalStore(subscribeReportMemory, () => reportMemoryVersion(db.name));
  const entry = reportEntry(db, period, staff);
  const [shown, setShown] = useState<Report>();
  const [failure, setFailure] = useState<Error>();
  useEffect(() => {
    if (entry.value) return;
    let live = true;
    entry.promise.then(
      (report) => live && setShown(report),
      (error: unknown) =>
        live && setFailure(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [entry]);
  // Ready at once (started at the click, or kept): shown in this render, not after an effect.
  if (entry.value && entry.value !== shown) setShown(entry.value);
  if (failure) throw failure;
  return entry.value ?? shown;
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
