// The figures of the chosen period, read live: a case saved in another window shows at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { localDay } from '../../../domain/localDay';
import type { Period } from '../../../domain/reports/periods';
import { reportFigures, type ReportFigures } from '../../../domain/reports/reportFigures';
import { useDatabase } from '../../db';
import {
  readDayRows,
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
    const [rows, seminars, stakeholders] = await Promise.all([
      readDayRows(db, period, staff),
      readSeminarFigures(db, period, now),
      readStakeholderFigures(db, period),
    ]);
    return { period, staff, cases: reportFigures(rows, localDay(now)), seminars, stakeholders };
  }, [db, period.from, period.to, staff]);
}
