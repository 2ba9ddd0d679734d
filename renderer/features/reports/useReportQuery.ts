// The report's period and staff member live in the address (#/reports?period=lastMonth&staff=…),
// so the print view and Back show the same report.
import { useCallback, useMemo } from 'react';
import {
  PERIOD_KINDS,
  periodOf,
  type Period,
  type PeriodKind,
} from '../../../domain/reports/periods';
import { useUpdateSearchParams } from '../../ui/useUpdateSearchParams';

export interface ReportQuery {
  kind: PeriodKind;
  period: Period;
  staff: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseReportQuery(params: URLSearchParams, today: Date): ReportQuery {
  const asked = params.get('period') as PeriodKind | null;
  const kind = asked && PERIOD_KINDS.includes(asked) ? asked : 'thisMonth';
  const day = (name: string) => (DATE.test(params.get(name) ?? '') ? params.get(name)! : '');
  return {
    kind,
    period: periodOf(kind, today, { from: day('from'), to: day('to') }),
    staff: params.get('staff') || null,
  };
}

export function reportParams({ kind, period, staff }: ReportQuery): URLSearchParams {
  const params = new URLSearchParams({ period: kind });
  if (kind === 'custom') {
    params.set('from', period.from);
    params.set('to', period.to);
  }
  if (staff) params.set('staff', staff);
  return params;
}

/** `onChange` is told of the new query at the change, before the address change is rendered. */
export function useReportQuery(onChange?: (query: ReportQuery) => void) {
  const [params, setParams] = useUpdateSearchParams();
  const query = useMemo(() => parseReportQuery(params, new Date()), [params]);
  const change = useCallback(
    (next: Partial<ReportQuery>) =>
      setParams((current) => {
        const changed = { ...parseReportQuery(current, new Date()), ...next };
        onChange?.(changed);
        return reportParams(changed);
      }),
    [setParams, onChange],
  );
  return { query, change };
}
