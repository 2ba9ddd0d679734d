// The periods a report covers, as inclusive local days (YYYY-MM-DD): the calendar month, the
// month before, the quarter and the year that hold "today", or two days the officer picks.
import { localDay } from '../localDay';

export const PERIOD_KINDS = ['thisMonth', 'lastMonth', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  from: string;
  to: string;
}

const day = (y: number, m: number, d: number) => localDay(new Date(y, m, d));

/** The period of a kind around `today`; custom takes the given days (in either order). */
export function periodOf(kind: PeriodKind, today: Date, custom?: Period): Period {
  const y = today.getFullYear();
  const m = today.getMonth();
  switch (kind) {
    case 'thisMonth':
      return { from: day(y, m, 1), to: day(y, m + 1, 0) };
    case 'lastMonth':
      return { from: day(y, m - 1, 1), to: day(y, m, 0) };
    case 'quarter': {
      const first = m - (m % 3);
      return { from: day(y, first, 1), to: day(y, first + 3, 0) };
    }
    case 'year':
      return { from: day(y, 0, 1), to: day(y, 11, 31) };
    case 'custom': {
      const from = custom?.from || localDay(today);
      const to = custom?.to || from;
      return from <= to ? { from, to } : { from: to, to: from };
    }
  }
}
