// What each record adds to the desk's report: counts kept per local day and per staff member
// (the case's assigned officer), so that a report for any period sums a few hundred small rows
// instead of reading 100,000 cases. The counts of the database are the sum of every record's
// contribution; a write changes them by (its contribution after) − (its contribution before).
import { localDay } from '../localDay';

/** One count: the day row it belongs to ("2026-05-23|staffId"), its key, and how many. */
export type Contribution = readonly [row: string, key: string, count: number];

/** Age groups of the person concerned, at the case's opening. */
export const AGE_GROUPS = ['under18', '18to24', '25to34', '35to44', '45to54', '55plus'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number] | 'unknown';

export interface CaseFacts {
  clientId: string;
  clientRole: string;
  ofwId?: string | undefined;
  categories: readonly string[];
  assignedTo?: string | undefined;
  openedAt: string;
  closedAt?: string | undefined;
  deletedAt?: string | null | undefined;
  /** The person's age group at opening, kept when retention removed the birth date. */
  ageGroup?: AgeGroup | undefined;
  ofwDetails?: { destinationCountry?: string | undefined } | undefined;
  migrantDetails?: { countryOfOrigin?: string | undefined } | undefined;
}

export interface PersonFacts {
  sex?: string | undefined;
  birthDate?: string | undefined;
}

export interface EventFacts {
  id: string;
  caseId: string;
  type: string;
  at: string;
  partnerId?: string | undefined;
  dueAt?: string | undefined;
  doneAt?: string | undefined;
  relatedEventId?: string | undefined;
  deletedAt?: string | null | undefined;
}

export const rowId = (day: string, staff: string) => `${day}|${staff}`;
const dayOf = (iso: string) => localDay(new Date(iso));
const HOUR = 3_600_000;

/** Whole years between a birth date (YYYY-MM-DD) and the local day of `at`. */
export function ageGroup(birthDate: string | undefined, at: string): AgeGroup {
  if (!birthDate) return 'unknown';
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = dayOf(at).split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  if (age < 0) return 'unknown';
  if (age < 18) return 'under18';
  if (age < 25) return '18to24';
  if (age < 35) return '25to34';
  if (age < 45) return '35to44';
  if (age < 55) return '45to54';
  return '55plus';
}

/**
 * The age group a case counts under: from its person's birth date, or, once retention removed
 * the birth date, the group the case kept (docs/retention.md).
 */
export function caseAgeGroup(c: CaseFacts, person: PersonFacts | undefined): AgeGroup {
  return person?.birthDate ? ageGroup(person.birthDate, c.openedAt) : (c.ageGroup ?? 'unknown');
}

/** The person a case is about: the OFW when the client speaks for one, else the client. */
export const concernedId = (c: CaseFacts) => c.ofwId ?? c.clientId;

/** The country a case is counted under: the OFW's destination, or the migrant's origin. */
export const caseCountry = (c: CaseFacts) =>
  c.ofwDetails?.destinationCountry ?? c.migrantDetails?.countryOfOrigin;

export function caseContribution(c: CaseFacts, person: PersonFacts | undefined): Contribution[] {
  if (c.deletedAt) return [];
  const opened = rowId(dayOf(c.openedAt), c.assignedTo ?? '');
  const country = caseCountry(c);
  const out: Contribution[] = [
    [opened, 'opened', 1],
    [opened, `role:${c.clientRole}`, 1],
    [opened, `sex:${person?.sex ?? 'unknown'}`, 1],
    [opened, `age:${caseAgeGroup(c, person)}`, 1],
    ...c.categories.map((id): Contribution => [opened, `category:${id}`, 1]),
  ];
  if (country) out.push([opened, `country:${country}`, 1]);
  if (c.closedAt) out.push([rowId(dayOf(c.closedAt), c.assignedTo ?? ''), 'closed', 1]);
  return out;
}

/**
 * A referral counts on the day it was sent; its answer counts there too (answered, and the hours
 * it took), so that "answered" is a share of the referrals of the period. A follow-up counts on
 * the day it was due: done on time, done late, or still open.
 */
export function eventContribution(
  e: EventFacts,
  c: CaseFacts | undefined,
  referral: EventFacts | undefined,
): Contribution[] {
  if (e.deletedAt || !c || c.deletedAt) return [];
  const staff = c.assignedTo ?? '';
  if (e.type === 'referral') return [[rowId(dayOf(e.at), staff), `referral:${e.partnerId}`, 1]];
  if (e.type === 'referralResponse') {
    if (!referral || referral.deletedAt || referral.type !== 'referral') return [];
    const row = rowId(dayOf(referral.at), staff);
    const hours = Math.max(0, Math.floor((Date.parse(e.at) - Date.parse(referral.at)) / HOUR));
    return [
      [row, `answered:${referral.partnerId}`, 1],
      [row, `hours:${referral.partnerId}:${hours}`, 1],
    ];
  }
  if (e.type === 'followUpDue' && e.dueAt) {
    const due = dayOf(e.dueAt);
    // Done on the day it was due is on time, whatever the hour.
    const state = !e.doneAt ? 'open' : dayOf(e.doneAt) <= due ? 'onTime' : 'late';
    return [[rowId(due, staff), `followUp:${state}`, 1]];
  }
  return [];
}

/** Adds contributions (sign 1) or takes them away (sign −1) in a row → key → count map. */
export function addContributions(
  into: Map<string, Map<string, number>>,
  contributions: readonly Contribution[],
  sign: 1 | -1,
) {
  for (const [row, key, count] of contributions) {
    let counts = into.get(row);
    if (!counts) into.set(row, (counts = new Map<string, number>()));
    counts.set(key, (counts.get(key) ?? 0) + sign * count);
  }
}
