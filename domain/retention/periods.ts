// Retention: how long a closed case keeps its personal details, and which cases are
// due to be anonymised on a given local day. Pure: the screen and the write path
// (renderer/features/retention) ask these questions of what they read.
import { localDay } from '../localDay';

/** Years a closed case is kept whole when its category has no period of its own. */
export const DEFAULT_RETENTION_YEARS = 5;
/** The shortest and longest period an administrator may set, in years. */
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 100;

/** The desk's retention periods, in whole years after closing. */
export interface RetentionPeriods {
  defaultYears: number;
  /** Periods set for a category (the preset's category id); others use `defaultYears`. */
  byCategory: Readonly<Record<string, number>>;
}

export const DEFAULT_RETENTION: RetentionPeriods = {
  defaultYears: DEFAULT_RETENTION_YEARS,
  byCategory: {},
};

/** The period of a case: the longest of its categories' periods (a case never leaves early). */
export function retentionYears(periods: RetentionPeriods, categories: readonly string[]): number {
  const years = categories.map((id) => periods.byCategory[id] ?? periods.defaultYears);
  return years.length === 0 ? periods.defaultYears : Math.max(...years);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The local day from which a case closed at `closedAt` is due: the same calendar day `years`
 * later, on the desk's clock. A case closed on 29 February is due on 1 March of a year without
 * one (the period is then fully over, never a day short).
 */
export function dueDay(closedAt: string, years: number): string {
  const [y, m, d] = localDay(new Date(closedAt)).split('-').map(Number) as [number, number, number];
  const due = new Date(y + years, m - 1, d);
  // Date rolls 29 February over to 1 March by itself when the year has none.
  return `${pad(due.getFullYear(), 4)}-${pad(due.getMonth() + 1)}-${pad(due.getDate())}`;
}

/** What selection reads of a case. */
export interface RetentionCase {
  id: string;
  status: string;
  categories: readonly string[];
  closedAt?: string | undefined;
  deletedAt?: string | null | undefined;
  anonymisedAt?: string | undefined;
  sample?: boolean | undefined;
}

/**
 * Whether a case is due to be anonymised on `today` (a local day, "2031-03-10"): closed (a
 * closing status of the preset and a closing date: a re-opened case has neither), not already
 * anonymised, not deleted, not sample data (removed with its own button), and its period over —
 * due on the day `dueDay` gives, not the day before.
 */
export function isExpired(
  c: RetentionCase,
  periods: RetentionPeriods,
  isClosing: (status: string) => boolean,
  today: string,
): boolean {
  if (!c.closedAt || c.deletedAt || c.anonymisedAt || c.sample) return false;
  if (!isClosing(c.status)) return false;
  return dueDay(c.closedAt, retentionYears(periods, c.categories)) <= today;
}

/** The cases due on `today`, in the order given. */
export function selectExpiredCases<C extends RetentionCase>(
  cases: readonly C[],
  periods: RetentionPeriods,
  isClosing: (status: string) => boolean,
  today: string,
): C[] {
  return cases.filter((c) => isExpired(c, periods, isClosing, today));
}

/** A stored setting read back: whole years within bounds, anything else the default. */
export function parseRetentionPeriods(value: unknown): RetentionPeriods {
  const years = (n: unknown): number | undefined =>
    typeof n === 'number' &&
    Number.isInteger(n) &&
    n >= MIN_RETENTION_YEARS &&
    n <= MAX_RETENTION_YEARS
      ? n
      : undefined;
  if (!value || typeof value !== 'object') return DEFAULT_RETENTION;
  const v = value as { defaultYears?: unknown; byCategory?: unknown };
  const byCategory: Record<string, number> = {};
  if (v.byCategory && typeof v.byCategory === 'object') {
    for (const [id, n] of Object.entries(v.byCategory)) {
      const y = years(n);
      if (y !== undefined) byCategory[id] = y;
    }
  }
  return { defaultYears: years(v.defaultYears) ?? DEFAULT_RETENTION_YEARS, byCategory };
}
