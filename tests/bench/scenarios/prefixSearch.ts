// Prefix search on the token index, as typed in the search boxes: a name, a reference number,
// a phone number.
import { warmSearchIndexes, type TulayDatabase } from '../../../renderer/db';
import { SEARCH_LIMIT } from '../../../renderer/features/cases/list/useCaseSearch';
import { searchIds } from '../../../renderer/features/people';
import { openDataset, pick } from '../dataset';
import { heapMb } from '../heap';
import { figure, ms } from '../metric';
import { percentile, timed } from '../stats';
import type { Scenario } from '../types';

const QUERIES = 150;

async function measure(queries: string[], run: (q: string) => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  for (const query of queries) latencies.push((await timed(() => run(query)))[1]);
  return latencies;
}

const TARGET = { atMost: 20, atSize: 100_000 };

/** The questions asked of a data set: the same people and cases (the first 20,000) each run. */
export async function searchQueries(db: TulayDatabase) {
  const people = pick(await db.people.limit(20_000).toArray(), QUERIES, 3);
  const cases = pick(await db.cases.limit(20_000).toArray(), QUERIES, 5);
  return {
    names: people.map((p) => `${p.familyName.slice(0, 4)} ${p.givenName.slice(0, 2)}`),
    references: cases.map((c) => c.reference.slice(0, 13)),
    phones: people.filter((p) => p.phone).map((p) => p.phone!.slice(0, 7)),
  };
}

/**
 * Name searches while the in-memory index is not built yet (walking the database's token index),
 * the index's build, then name, reference and phone searches with it. Latencies in ms.
 */
export async function measureSearches(db: TulayDatabase) {
  const { names, references, phones } = await searchQueries(db);
  // While the in-memory index is being built (the first seconds after the app opens), names
  // are found by walking the database's token index.
  // How many each query finds before the index and from it: the database's own token index
  // (a blind index on an encrypted desk) must answer what the in-memory index answers.
  const counts = { people: [] as number[], cases: [] as number[] };
  const walked = await measure(names, async (q) =>
    counts.people.push((await searchIds(db, 'people', q)).length),
  );
  // The same names in the case list's search box (its limit): a case is found by its client's
  // and its OFW's names.
  const walkedCases = await measure(names, async (q) =>
    counts.cases.push((await searchIds(db, 'cases', q, SEARCH_LIMIT)).length),
  );
  const heapBefore = heapMb();
  const [, build] = await timed(() => warmSearchIndexes(db));
  const indexHeap = heapMb() - heapBefore;
  const name = await measure(names, (q) => searchIds(db, 'people', q));
  const reference = await measure(references, (q) => searchIds(db, 'cases', q));
  const phone = await measure(phones, (q) => searchIds(db, 'people', q));
  const differ: string[] = [];
  for (const [i, q] of names.entries()) {
    const people = (await searchIds(db, 'people', q)).length;
    const cases = (await searchIds(db, 'cases', q, SEARCH_LIMIT)).length;
    if (people !== counts.people[i] || cases !== counts.cases[i])
      differ.push(
        `"${q}": ${counts.people[i]} people and ${counts.cases[i]} cases before the index, ${people} and ${cases} from it`,
      );
  }
  if (differ.length > 0)
    throw new Error(
      `the search before the index answers otherwise: ${differ.slice(0, 5).join('; ')}`,
    );
  const found = counts.cases.filter((n) => n > 0).length;
  /** The five slowest of `names` by `times`, as "query" ms. */
  const slowestOf = (times: number[]) =>
    names
      .map((query, i) => ({ query, took: times[i]! }))
      .sort((a, b) => b.took - a.took)
      .slice(0, 5)
      .map(({ query, took }) => `"${query}" ${took.toFixed(1)} ms`);
  const slowest = slowestOf(walked);
  const slowestCases = slowestOf(walkedCases);
  return {
    walked,
    walkedCases,
    found,
    build,
    indexHeap,
    name,
    reference,
    phone,
    slowest,
    slowestCases,
  };
}

export const prefixSearch: Scenario = {
  id: 'prefix-search',
  title: 'Prefix search: name, reference, phone',
  scalesWithCases: true,
  async run(size) {
    const { db } = await openDataset(size);
    const { walked, walkedCases, build, indexHeap, name, reference, phone, slowest } =
      await measureSearches(db);
    db.close();
    return {
      notes: [
        `slowest name searches: ${slowest.join(', ')}`,
        `name p95 before the index is built: ${percentile(walked, 95).toFixed(1)} ms`,
      ],
      metrics: {
        'name p50': ms(percentile(name, 50)),
        'name p95': ms(percentile(name, 95), TARGET),
        'reference p50': ms(percentile(reference, 50)),
        'reference p95': ms(percentile(reference, 95), TARGET),
        'phone p50': ms(percentile(phone, 50)),
        'phone p95': ms(percentile(phone, 95), TARGET),
        'name p95, index not built yet': ms(percentile(walked, 95)),
        'case list name p95, index not built yet': ms(percentile(walkedCases, 95)),
        'index build': ms(build),
        'index heap': figure(indexHeap, 'MB'),
      },
    };
  },
};
