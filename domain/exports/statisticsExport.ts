// The pseudonymised statistics export of the Reports page: one row per case of the period with
// no name, contact, address, identity number or free text, and counts by category × country
// with small counts suppressed. What it holds is documented in docs/exports.md.
import { localDay } from '../localDay';
import type { CellValue } from '../spreadsheet/cells';
import type { Sheet } from '../spreadsheet/sheet';
import { caseAgeGroup, caseCountry, concernedId, type CaseFacts } from '../reports/contributions';
import { suppressed, type Pseudonymiser } from './pseudonym';

export interface StatisticsCase extends CaseFacts {
  status: string;
}

export interface StatisticsPerson {
  sex?: string | undefined;
  birthDate?: string | undefined;
}

export const CASE_COLUMNS = [
  'person',
  'openedMonth',
  'categories',
  'status',
  'country',
  'clientRole',
  'sex',
  'ageGroup',
] as const;
export const COUNT_COLUMNS = ['category', 'country', 'cases'] as const;
export type StatisticsColumn = (typeof CASE_COLUMNS)[number] | (typeof COUNT_COLUMNS)[number];

export interface StatisticsLabels {
  header: (column: StatisticsColumn) => string;
  sheet: (sheet: 'cases' | 'counts') => string;
  category: (id: string) => string;
  status: (id: string) => string;
  country: (code: string | undefined) => string;
  role: (id: string) => string;
  sex: (id: string) => string;
  ageGroup: (id: string) => string;
}

async function caseRows(
  cases: readonly StatisticsCase[],
  people: ReadonlyMap<string, StatisticsPerson>,
  pseudonym: Pseudonymiser,
  l: StatisticsLabels,
): Promise<CellValue[][]> {
  const rows: CellValue[][] = [CASE_COLUMNS.map(l.header)];
  for (const c of cases) {
    const id = concernedId(c);
    const person = people.get(id);
    rows.push([
      await pseudonym(id),
      localDay(new Date(c.openedAt)).slice(0, 7),
      c.categories.map(l.category).join('; '),
      l.status(c.status),
      l.country(caseCountry(c)),
      l.role(c.clientRole),
      l.sex(person?.sex ?? 'unknown'),
      l.ageGroup(caseAgeGroup(c, person)),
    ]);
  }
  return rows;
}

function countRows(cases: readonly StatisticsCase[], l: StatisticsLabels): CellValue[][] {
  const counts = new Map<string, number>();
  for (const c of cases) {
    for (const category of c.categories) {
      const key = `${category}\u0000${caseCountry(c) ?? ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const rows = [...counts].map(([key, count]) => {
    const [category, country] = key.split('\u0000') as [string, string];
    return [l.category(category), l.country(country || undefined), suppressed(count)];
  });
  rows.sort(
    (a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])),
  );
  return [COUNT_COLUMNS.map(l.header), ...rows];
}

/** The two sheets: pseudonymised cases, and counts by category × country. */
export async function statisticsSheets(
  cases: readonly StatisticsCase[],
  people: ReadonlyMap<string, StatisticsPerson>,
  pseudonym: Pseudonymiser,
  labels: StatisticsLabels,
): Promise<Sheet[]> {
  const live = cases.filter((c) => !c.deletedAt);
  return [
    { name: labels.sheet('cases'), rows: await caseRows(live, people, pseudonym, labels) },
    { name: labels.sheet('counts'), rows: countRows(live, labels) },
  ];
}
