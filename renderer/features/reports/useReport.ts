// The figures of the chosen period, read live: a case saved in another window shows at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { localDay } from '../../../domain/localDay';
import type { Period } from '../../../domain/reports/periods';
import { reportFigures, type ReportFigures } from '../../../domain/reports/reportFigures';
import { useDatabase } from '../../db';
import { readPeriodRows } from './reportCountsCache';
import {
  readSeminarFigures,
  readStakeholderFigures,
  type SeminarFigures,
  type StakeholderFigures,
} from './reportRepository';

export interface Report {
  period: Period;
  staff: string | null;
  cases: ReportFigures;
  seminars: SeminarFigures;
  stakeholders: StakeholderFigures;
}

export function useReport(period: Period, staff: string | null): Report | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const now = new Date();
    const today = localDay(now);
    // Read to be told of any change to the counts (the cache is dropped on the same change).
    await db.reportCounts.count();
    const [rows, seminars, stakeholders] = await Promise.all([
      readPeriodRows(db, period, staff, today),
      readSeminarFigures(db, period, now),
      readStakeholderFigures(db, period),
    ]);
    return { period, staff, cases: reportFigures(rows, today), seminars, stakeholders };
  }, [db, period.from, period.to, staff]);
}
