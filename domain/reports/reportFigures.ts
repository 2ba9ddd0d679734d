// Turns the day rows of a period into the report's figures: totals, the breakdowns sorted by
// count, referrals per partner with the share answered and the median response time, and the
// follow-ups done on time, done late, overdue and not yet due.
import { AGE_GROUPS } from './contributions';

export interface DayRow {
  day: string;
  staff: string;
  counts: Readonly<Record<string, number>>;
}

export type Breakdown = readonly (readonly [id: string, count: number])[];

export interface PartnerReferrals {
  partnerId: string;
  sent: number;
  answered: number;
  /** Hours from referral to answer, the median of the answered ones; null when none. */
  medianHours: number | null;
}

export interface ReportFigures {
  opened: number;
  closed: number;
  categories: Breakdown;
  countries: Breakdown;
  roles: Breakdown;
  sexes: Breakdown;
  ages: Breakdown;
  referrals: readonly PartnerReferrals[];
  /** All partners together. */
  referralTotal: PartnerReferrals;
  followUps: { onTime: number; late: number; overdue: number; pending: number };
}

/** The median of a histogram (value → how many), the lower middle value for an even count. */
export function histogramMedian(histogram: ReadonlyMap<number, number>): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const middle = Math.ceil(total / 2);
  let seen = 0;
  for (const [value, count] of [...histogram].sort(([a], [b]) => a - b)) {
    seen += count;
    if (seen >= middle) return value;
  }
  return null;
}

const sorted = (counts: Map<string, number>): Breakdown =>
  [...counts].filter(([, n]) => n > 0).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));

function bump<K>(map: Map<K, number>, key: K, count: number) {
  map.set(key, (map.get(key) ?? 0) + count);
}

/** Sums the rows (already limited to the period and, if chosen, the staff member). */
export function sumRows(rows: readonly DayRow[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) for (const key in row.counts) bump(totals, key, row.counts[key]!);
  return totals;
}

function referralsOf(totals: Map<string, number>) {
  const partners = new Map<
    string,
    { sent: number; answered: number; hours: Map<number, number> }
  >();
  const all = new Map<number, number>();
  const partner = (id: string) => {
    let p = partners.get(id);
    if (!p) partners.set(id, (p = { sent: 0, answered: 0, hours: new Map() }));
    return p;
  };
  for (const [key, count] of totals) {
    const [kind, id = '', hours] = key.split(':');
    if (kind === 'referral') partner(id).sent += count;
    else if (kind === 'answered') partner(id).answered += count;
    else if (kind === 'hours') {
      bump(partner(id).hours, Number(hours), count);
      bump(all, Number(hours), count);
    }
  }
  const referrals = [...partners]
    .map(([partnerId, p]) => ({
      partnerId,
      sent: p.sent,
      answered: p.answered,
      medianHours: histogramMedian(p.hours),
    }))
    .filter((p) => p.sent > 0 || p.answered > 0)
    .sort((a, b) => b.sent - a.sent || a.partnerId.localeCompare(b.partnerId));
  const referralTotal = {
    partnerId: '',
    sent: referrals.reduce((n, p) => n + p.sent, 0),
    answered: referrals.reduce((n, p) => n + p.answered, 0),
    medianHours: histogramMedian(all),
  };
  return { referrals, referralTotal };
}

/**
 * The figures of a period. Open follow-ups due before `today` are overdue; those due today or
 * later are not yet due, so the current month does not call tomorrow's calls late.
 */
export function reportFigures(rows: readonly DayRow[], today: string): ReportFigures {
  const groups: Record<string, Map<string, number>> = {
    category: new Map(),
    country: new Map(),
    role: new Map(),
    sex: new Map(),
  };
  const ages = new Map<string, number>();
  const followUps = { onTime: 0, late: 0, overdue: 0, pending: 0 };
  for (const row of rows) {
    const open = row.counts['followUp:open'] ?? 0;
    if (row.day < today) followUps.overdue += open;
    else followUps.pending += open;
  }
  const totals = sumRows(rows);
  for (const [key, count] of totals) {
    const [kind, id = ''] = key.split(':') as [string, string];
    const group = groups[kind];
    if (group) bump(group, id, count);
    else if (kind === 'age') bump(ages, id, count);
  }
  followUps.onTime = totals.get('followUp:onTime') ?? 0;
  followUps.late = totals.get('followUp:late') ?? 0;
  const ageOrder = [...AGE_GROUPS, 'unknown'];
  return {
    opened: totals.get('opened') ?? 0,
    closed: totals.get('closed') ?? 0,
    categories: sorted(groups.category!),
    countries: sorted(groups.country!),
    roles: sorted(groups.role!),
    sexes: sorted(groups.sex!),
    ages: ageOrder.flatMap((id) => ((ages.get(id) ?? 0) > 0 ? [[id, ages.get(id)!] as const] : [])),
    ...referralsOf(totals),
    followUps,
  };
}
