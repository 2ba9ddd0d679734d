// Reads for the case list: the newest cases from the openedAt index (the first screen, at
// once), then every case in large chunks by primary key (the in-memory summary), then only
// what changed since. Client names are not part of it: only the rows on screen need them.
// A summary holds nothing personal, so on an encrypted desk the first two reads open nothing
// (readWithoutPersonal): decrypting every description of the desk took a third of a second of
// the page per 5,000 cases, while the officer typed the first search.
import type { StoredRecord } from '../../../../domain/records';
import { backgroundTurn, readWithoutPersonal, type TulayDatabase } from '../../../db';
import { Interner, toSummary, type CaseSummary } from './caseSummary';

type CaseRecord = StoredRecord<'cases'>;

const summarise = (records: CaseRecord[], intern: Interner) =>
  records.filter((c) => !c.deletedAt).map((c) => toSummary(c, intern));

export async function loadNewestCases(
  db: TulayDatabase,
  intern: Interner,
  limit: number,
): Promise<CaseSummary[]> {
  const newest = await readWithoutPersonal(db, ['cases'], () =>
    db.cases.orderBy('openedAt').reverse().limit(limit).toArray(),
  );
  return summarise(newest, intern);
}

/** The summaries of the cases `ids` (those still there), read without anything personal. */
export async function loadCasesById(
  db: TulayDatabase,
  ids: readonly string[],
  intern: Interner,
): Promise<CaseSummary[]> {
  const found = await readWithoutPersonal(db, ['cases'], () => db.cases.bulkGet([...ids]));
  return summarise(
    found.filter((c): c is CaseRecord => !!c),
    intern,
  );
}

/**
 * Every case, a chunk at a time; `onChunk` may stop the load by returning false. Chunks of
 * 5,000 read 100k cases far faster than small ones, yet each blocks the page only briefly.
 */
export async function loadAllCases(
  db: TulayDatabase,
  intern: Interner,
  onChunk: (summaries: CaseSummary[], records: number) => boolean,
  chunkSize = 5_000,
): Promise<void> {
  let after: string | null = null;
  for (;;) {
    // A search the officer typed goes first (readPriority.ts).
    await backgroundTurn();
    const query = after === null ? db.cases.toCollection() : db.cases.where(':id').above(after);
    const records: CaseRecord[] = await readWithoutPersonal(db, ['cases'], () =>
      query.limit(chunkSize).toArray(),
    );
    if (records.length === 0) return;
    if (!onChunk(summarise(records, intern), records.length)) return;
    after = records[records.length - 1]!.id;
    if (records.length < chunkSize) return;
    // Yield to the page between chunks, so typing and scrolling stay smooth while loading.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Cases written after `since` (created, edited, deleted). */
export async function loadChangedCases(
  db: TulayDatabase,
  since: string,
  intern: Interner,
): Promise<{ changed: CaseSummary[]; deletedIds: string[]; latest: string }> {
  const records = await db.cases.where('updatedAt').above(since).toArray();
  const latest = records.reduce((max, c) => (c.updatedAt > max ? c.updatedAt : max), since);
  const deletedIds = records.filter((c) => c.deletedAt).map((c) => c.id);
  return { changed: summarise(records, intern), deletedIds, latest };
}

/** Ids of cases with a follow-up that fell due before `now` and is not done. */
export async function overdueCaseIds(db: TulayDatabase, now: string): Promise<Set<string>> {
  const due = await db.caseEvents
    .where('[type+dueAt]')
    .between(['followUpDue', ''], ['followUpDue', now])
    .filter((event) => !event.doneAt && !event.deletedAt)
    .toArray();
  return new Set(due.map((event) => event.caseId));
}

/** Full names of people by id (missing people are left out). */
export async function peopleNames(
  db: TulayDatabase,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const people = await db.people.bulkGet([...ids]);
  const names = new Map<string, string>();
  people.forEach((p) => {
    if (p) names.set(p.id, [p.givenName, p.middleName, p.familyName].filter(Boolean).join(' '));
  });
  return names;
}

/** Sex and birth date of people by id, for the sex and age filters (missing people left out). */
export async function peopleFacts(
  db: TulayDatabase,
  ids: readonly string[],
): Promise<Map<string, { sex?: string | undefined; birthDate?: string | undefined }>> {
  const people = await db.people.bulkGet([...ids]);
  const facts = new Map<string, { sex?: string | undefined; birthDate?: string | undefined }>();
  people.forEach((p) => {
    if (p) facts.set(p.id, { sex: p.sex, birthDate: p.birthDate });
  });
  return facts;
}
