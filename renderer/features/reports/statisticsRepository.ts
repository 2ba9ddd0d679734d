// Reads what the pseudonymised statistics export needs: the cases opened in the period (of one
// staff member when chosen), a page at a time, and only the sex and birth date of their people.
import type { StatisticsCase, StatisticsPerson } from '../../../domain/exports/statisticsExport';
import type { Period } from '../../../domain/reports/periods';
import type { TulayDatabase } from '../../db';
import { dayStart } from './reportRepository';

const PAGE = 5_000;

export async function readStatisticsCases(
  db: TulayDatabase,
  period: Period,
  staff: string | null,
  onPage: (read: number, total: number) => void,
): Promise<{ cases: StatisticsCase[]; people: Map<string, StatisticsPerson> }> {
  const from = dayStart(period.from).toISOString();
  const to = dayStart(period.to, 1).toISOString();
  const cases: StatisticsCase[] = [];
  const people = new Map<string, StatisticsPerson>();
  const inPeriod = () => db.cases.where('openedAt').between(from, to, true, false);
  const total = await inPeriod().count();
  for (let offset = 0; ; offset += PAGE) {
    const page = await inPeriod().offset(offset).limit(PAGE).toArray();
    const kept = page.filter((c) => !c.deletedAt && (staff === null || c.assignedTo === staff));
    const ids = [...new Set(kept.map((c) => c.ofwId ?? c.clientId))].filter(
      (id) => !people.has(id),
    );
    const found = await db.people.bulkGet(ids);
    found.forEach((p) => p && people.set(p.id, { sex: p.sex, birthDate: p.birthDate }));
    cases.push(...kept);
    onPage(offset + page.length, total);
    if (page.length < PAGE) return { cases, people };
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
