// People: created and edited through the write path with their search tokens; found by prefix
// search on the token index; checked for likely duplicates before a new one is saved.
import { findLikelyDuplicates, type LikelyDuplicate } from '../../../domain/people/duplicates';
import { caseSearchTokens, personSearchTokens } from '../../../domain/people/personTokens';
import type { RecordInput, StoredRecord } from '../../../domain/records';
import { nameTokens, phoneTokens, queryTokens } from '../../../domain/search/normalize';
import {
  createRecord,
  searchInMemory,
  updateRecord,
  type TulayDatabase,
  type WriteContext,
} from '../../db';
import { KnownError } from '../../../domain/knownError';

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
    if (!current) throw new KnownError('personMissing');
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
 * newest first. Names and references are answered from the in-memory index once it is built;
 * otherwise (and for phone numbers) the longest token is an index range in the database and the
 * rest are checked on the records.
 */
export async function searchIds(
  db: TulayDatabase,
  table: 'people' | 'cases',
  query: string,
  limit = 50,
): Promise<string[]> {
  const tokens = queryTokens(query).sort((a, b) => b.length - a.length);
  if (tokens.length === 0) return [];
  const inMemory = searchInMemory(db, table, tokens, limit);
  if (inMemory) return inMemory;
  const [first, ...rest] = tokens;
  const matches = await db
    .table(table)
    .where('searchTokens')
    .startsWith(first!)
    .distinct()
    .filter(
      (r: { searchTokens: string[]; deletedAt: string | null }) =>
        !r.deletedAt && rest.every((q) => r.searchTokens.some((t) => t.startsWith(q))),
    )
    .limit(limit)
    .primaryKeys();
  return (matches as string[]).sort().reverse();
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
