// Fills the report's day counts from the records already stored: the upgrade that creates the
// counts table runs it once (schema.ts), in steps of a few thousand records so that 100,000
// cases and their timelines never sit in memory at once. After that, reportCounts.ts keeps
// them up to date write by write.
import type { Table, Transaction } from 'dexie';
import {
  addContributions,
  caseContribution,
  concernedId,
  eventContribution,
  type CaseFacts,
  type EventFacts,
  type PersonFacts,
} from '../../domain/reports/contributions';
import { REPORT_COUNTS, type ReportCountRow } from './reportCounts';

const CHUNK = 2000;

async function eachChunk<T extends { id: string }>(
  table: Table,
  visit: (rows: T[]) => Promise<void> | void,
) {
  let last: string | null = null;
  for (;;) {
    const from = last === null ? table.toCollection() : table.where(':id').above(last);
    const rows = (await from.limit(CHUNK).toArray()) as T[];
    if (rows.length > 0) await visit(rows);
    if (rows.length < CHUNK) return;
    last = rows[rows.length - 1]!.id;
  }
}

type Delta = Map<string, Map<string, number>>;

/** Cases with their person; remembers each case's officer and deletion for the events. */
async function countCases(tx: Transaction, delta: Delta) {
  const cases = new Map<string, CaseFacts>();
  await eachChunk<CaseFacts & { id: string }>(tx.table('cases'), async (rows) => {
    const people = (await tx.table('people').bulkGet(rows.map((c) => concernedId(c)))) as (
      PersonFacts | undefined
    )[];
    rows.forEach((c, i) => {
      addContributions(delta, caseContribution(c, people[i]), 1);
      cases.set(c.id, { assignedTo: c.assignedTo, deletedAt: c.deletedAt } as CaseFacts);
    });
  });
  return cases;
}

/** Events; an answer is counted once every referral has been seen, whatever their order. */
async function countEvents(tx: Transaction, delta: Delta, cases: Map<string, CaseFacts>) {
  const referrals = new Map<string, EventFacts>();
  const answers: EventFacts[] = [];
  await eachChunk<EventFacts>(tx.table('caseEvents'), (rows) => {
    for (const e of rows) {
      if (e.type === 'referral') referrals.set(e.id, e);
      if (e.type === 'referralResponse') answers.push(e);
      else addContributions(delta, eventContribution(e, cases.get(e.caseId), undefined), 1);
    }
  });
  for (const e of answers) {
    const referral = referrals.get(e.relatedEventId ?? '');
    addContributions(delta, eventContribution(e, cases.get(e.caseId), referral), 1);
  }
}

export async function fillReportCounts(tx: Transaction) {
  const delta: Delta = new Map();
  const cases = await countCases(tx, delta);
  await countEvents(tx, delta, cases);
  const rows: ReportCountRow[] = [];
  for (const [id, counts] of delta) {
    const [day = '', staff = ''] = id.split('|');
    const kept = Object.fromEntries([...counts].filter(([, n]) => n !== 0));
    if (Object.keys(kept).length > 0) rows.push({ id, day, staff, counts: kept });
  }
  const table = tx.table(REPORT_COUNTS);
  await table.clear();
  for (let i = 0; i < rows.length; i += CHUNK) await table.bulkPut(rows.slice(i, i + CHUNK));
}
