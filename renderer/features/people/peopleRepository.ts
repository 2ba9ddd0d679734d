// People: created and edited through the write path with their search tokens; found by prefix
// search on the token index; checked for likely duplicates before a new one is saved.
import { findLikelyDuplicates, type LikelyDuplicate } from '../../../domain/people/duplicates';
import { caseSearchTokens, personSearchTokens } from '../../../domain/people/personTokens';
import type { RecordInput, StoredRecord } from '../../../domain/records';
import { nameTokens, phoneTokens, queryTokens } from '../../../domain/search/normalize';
import { createRecord, updateRecord, type TulayDatabase, type WriteContext } from '../../db';

export type Person = StoredRecord<'people'>;
export type PersonInput = Omit<RecordInput<'people'>, 'searchTokens'>;

export async function createPerson(ctx: WriteContext, input: PersonInput): Promise<Person> {
  return createRecord(ctx, 'people', { ...input, searchTokens: personSearchTokens(input) });
}

/** Saves changes to a person and refreshes the search tokens of their cases. */
export async function updatePerson(ctx: WriteContext, id: string, changes: Partial<PersonInput>) {
  const { db } = ctx;
  return db.transaction('rw', [db.people, db.cases, db.audit, db.outbox], async () => {
    const current = await db.people.get(id);
    if (!current) throw new Error(`person ${id} not found`);
    const merged = { ...current, ...changes };
    const person = await updateRecord(ctx, 'people', id, {
      ...changes,
      searchTokens: personSearchTokens(merged),
    });
    const cases = await db.cases.where('clientId').equals(id).or('ofwId').equals(id).toArray();
    for (const c of cases) {
      const people = await db.people.bulkGet([c.clientId, ...(c.ofwId ? [c.ofwId] : [])]);
      const tokens = caseSearchTokens(
        c.reference,
        people.filter((p): p is Person => !!p),
      );
      await updateRecord(ctx, 'cases', c.id, { searchTokens: tokens });
    }
    return person;
  });
}

/**
 * Ids of the records of `table` whose tokens match every token of the query (prefix match),
 * newest first.
 *
 * One token: the first `limit` records of its index range. Several: each token's index range is
 * read as keys only and the ranges are intersected, so no record is read until it is known to
 * match. (Reading each record of the first range to test the others cost a round trip per
 * record: 100 ms and more for a common family name at 100,000 people.)
 */
export async function searchIds(
  db: TulayDatabase,
  table: 'people' | 'cases',
  query: string,
  limit = 50,
): Promise<string[]> {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [];
  const index = db.table(table).where('searchTokens');
  if (tokens.length === 1) {
    const matches = await index
      .startsWith(tokens[0]!)
      .distinct()
      .filter((r: { deletedAt: string | null }) => !r.deletedAt)
      .limit(limit)
      .primaryKeys();
    return (matches as string[]).sort().reverse();
  }
  const ranges = await Promise.all(
    [...new Set(tokens)].map(async (token) => new Set(await index.startsWith(token).primaryKeys())),
  );
  ranges.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = ranges;
  const both = [...smallest!].filter((id) => others.every((range) => range.has(id))) as string[];
  return liveIds(db, table, both.sort().reverse(), limit);
}

/** The first `limit` of `ids` whose records are not deleted, in the order given. */
async function liveIds(
  db: TulayDatabase,
  table: 'people' | 'cases',
  ids: string[],
  limit: number,
): Promise<string[]> {
  const live: string[] = [];
  for (let i = 0; i < ids.length && live.length < limit; i += limit) {
    const slice = ids.slice(i, i + limit);
    const records = (await db.table(table).bulkGet(slice)) as (
      { deletedAt: string | null } | undefined
    )[];
    slice.forEach((id, n) => {
      if (records[n] && !records[n].deletedAt && live.length < limit) live.push(id);
    });
  }
  return live;
}

export async function searchPeople(
  db: TulayDatabase,
  query: string,
  limit = 20,
): Promise<Person[]> {
  const ids = await searchIds(db, 'people', query, limit);
  return (await db.people.bulkGet(ids)).filter((p): p is Person => !!p);
}

/** People who are probably the person about to be created. */
export async function likelyDuplicates(
  db: TulayDatabase,
  candidate: PersonInput,
): Promise<LikelyDuplicate<Person>[]> {
  const prefixes = new Set<string>();
  for (const token of nameTokens(`${candidate.givenName} ${candidate.familyName}`)) {
    if (token.length >= 3) prefixes.add(token.slice(0, 3));
  }
  for (const token of phoneTokens(candidate.phone ?? '')) prefixes.add(token);
  const ids = new Set<string>();
  for (const prefix of prefixes) {
    const keys = await db.people.where('searchTokens').startsWith(prefix).limit(500).primaryKeys();
    keys.forEach((key) => ids.add(key));
  }
  const people = (await db.people.bulkGet([...ids])).filter(
    (p): p is Person => !!p && !p.deletedAt,
  );
  return findLikelyDuplicates(candidate, people).slice(0, 5);
}
