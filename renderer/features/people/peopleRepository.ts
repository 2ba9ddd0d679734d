// People: created and edited through the write path with their search tokens; found by prefix
// search on the token index. The duplicate check before a new one is saved: duplicateCheck.ts.
import { caseSearchTokens, personSearchTokens } from '../../../domain/people/personTokens';
import type { RecordInput, StoredRecord } from '../../../domain/records';
import { phoneEndingToken, queryTokens } from '../../../domain/search/normalize';
import {
  createRecord,
  inForeground,
  isEncryptionActive,
  readForSearch,
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
      // An anonymised case is found by its reference only (domain/retention).
      const tokens = caseSearchTokens(
        c.reference,
        c.anonymisedAt ? [] : people.filter((p): p is Person => !!p),
      );
      await updateRecord(ctx, 'cases', c.id, { searchTokens: tokens });
    }
    return person;
  });
}

const tokensOf = (query: string) => queryTokens(query).sort((a, b) => b.length - a.length);

/**
 * What `searchIds` answers, when it can be answered at once from the in-memory index (names and
 * references, and the people's phone numbers and their endings, once the index is built); null
 * when the database must be asked.
 */
export function searchIdsInMemory(
  db: TulayDatabase,
  table: 'people' | 'cases',
  query: string,
  limit = 50,
): string[] | null {
  const tokens = tokensOf(query);
  if (tokens.length === 0) return [];
  const starts = searchInMemory(db, table, tokens, limit);
  const ending = phoneEndingToken(query);
  if (!starts || !ending) return starts;
  // Digits: the start or the end of a phone number, as the walk of the database reads them.
  // A case is found by the end of a number through its people: the database answers that.
  const ends = table === 'people' ? searchInMemory(db, table, [ending], limit) : null;
  return ends ? mergeNewestFirst(starts, ends, limit) : null;
}

/** Two lists of ids as one, without repeats, newest first (ids are uuidv7). */
const mergeNewestFirst = (a: readonly string[], b: readonly string[], limit: number) =>
  [...new Set([...a, ...b])].sort().reverse().slice(0, limit);

interface Tokened {
  id: string;
  searchTokens: string[];
  deletedAt: string | null;
}

/** Whether a record (its tokens in clear) is found by every token of a query. */
const matchesAll = (r: Tokened, tokens: readonly string[]) =>
  !r.deletedAt && tokens.every((q) => r.searchTokens.some((t) => t.startsWith(q)));

/**
 * Ids of the records of `table` holding a token that starts with each of `tokens` (the longest
 * first), the first `limit` in the order of the walk of the first token's index range.
 */
async function byTokens(
  db: TulayDatabase,
  table: 'people' | 'cases',
  tokens: readonly string[],
  limit: number,
): Promise<string[]> {
  // One word too: the ids come from the index in one request, and the records in one batch of
  // requests instead of a round trip each, which after sign-in wait in turn behind the
  // background reads (at 10,000 cases, "aquino" answered in 0.3–0.8 s instead of 0.7–1.1 s).
  const blind = isEncryptionActive(db) ? await byBlindTokens(db, table, tokens, limit) : null;
  if (blind) return blind;
  const matches = await db
    .table(table)
    .where('searchTokens')
    .startsWith(tokens[0]!)
    .distinct()
    .filter((r: Tokened) => matchesAll(r, tokens))
    .limit(limit)
    .primaryKeys();
  return matches as string[];
}

/**
 * The most ids asked of the index for one word of a query: a word more common than that ("ma"
 * at 100,000 cases) is checked on the ids beyond them on the opened tokens instead, and a query
 * whose every word is that common walks (a walk that finds its records within a few reads).
 * Changed by tests only.
 */
export const blindSearchLimits = { idsPerWord: 5_000 };

/**
 * `byTokens` on a blind index (docs/encryption.md, "What a search decrypts"):
 * each word is an equality on one keyed hash, whose index entries come in id order, the order
 * the walk of the first word visits them. The ids under every word's hash are intersected from
 * the index alone (keys: no record read, nothing opened), and only those records are read, in
 * that order, and their opened tokens checked (a word longer than the 12 characters a hash
 * covers, a hash shared by chance, a deleted record), until `limit` match: the walk's answer,
 * without reading and opening every record that holds the first word but not the others.
 * Null when every word is too common for its ids to be read whole: the caller walks.
 */
async function byBlindTokens(
  db: TulayDatabase,
  table: 'people' | 'cases',
  tokens: readonly string[],
  limit: number,
): Promise<string[] | null> {
  const store = db.table<Tokened, string>(table);
  const most = blindSearchLimits.idsPerWord;
  const lists = await Promise.all(
    tokens.map((q) => store.where('searchTokens').startsWith(q).limit(most).primaryKeys()),
  );
  // The rarest word whose ids came whole gives the candidates, in id order. Another word's ids
  // exclude a candidate up to the last id read of it; beyond that, the opened tokens decide.
  const whole = lists.filter((ids) => ids.length < most).sort((a, b) => a.length - b.length)[0];
  if (!whole) return null;
  const others = lists
    .filter((ids) => ids !== whole)
    .map((ids) => ({ ids: new Set(ids), last: ids.length < most ? null : ids[ids.length - 1]! }));
  const candidates = whole.filter((id) =>
    others.every(({ ids, last }) => ids.has(id) || (last !== null && id > last)),
  );
  const found: string[] = [];
  for (let at = 0; at < candidates.length && found.length < limit;) {
    const batch = candidates.slice(at, at + limit - found.length);
    at += batch.length;
    for (const r of await store.bulkGet(batch)) if (r && matchesAll(r, tokens)) found.push(r.id);
  }
  return found;
}

/**
 * Ids of the records whose phone number ends with the digits typed: people by their ending token,
 * cases through their client and OFW (a case carries no ending token of its own).
 */
async function byPhoneEnding(
  db: TulayDatabase,
  table: 'people' | 'cases',
  ending: string,
  limit: number,
): Promise<string[]> {
  const people = await byTokens(db, 'people', [ending], limit);
  if (table === 'people' || people.length === 0) return people;
  const cases = await db.cases
    .where('clientId')
    .anyOf(people)
    .or('ofwId')
    .anyOf(people)
    .filter((c) => !c.deletedAt)
    .limit(limit)
    .primaryKeys();
  return cases;
}

/**
 * Ids of the records of `table` whose tokens match every token of the query (prefix match),
 * newest first. Names and references are answered from the in-memory index once it is built;
 * otherwise (and for phone numbers) the longest token is an index range in the database and the
 * rest are checked on the records. Digits alone are the start or the end of a phone number
 * ("0142" read off a call log): both are looked up.
 */
export async function searchIds(
  db: TulayDatabase,
  table: 'people' | 'cases',
  query: string,
  limit = 50,
): Promise<string[]> {
  const inMemory = searchIdsInMemory(db, table, query, limit);
  if (inMemory) return inMemory;
  const ending = phoneEndingToken(query);
  // The walk reads records only to check their tokens: on an encrypted desk, only those are
  // decrypted (docs/encryption.md, "Search before the in-memory index").
  // A read the officer waits for: the background reads after sign-in wait for it (readPriority).
  const [starts, ends] = await inForeground(() =>
    readForSearch(db, ['people', 'cases'], () =>
      Promise.all([
        byTokens(db, table, tokensOf(query), limit),
        ending ? byPhoneEnding(db, table, ending, limit) : [],
      ]),
    ),
  );
  return mergeNewestFirst(starts, ends, limit);
}

export async function searchPeople(
  db: TulayDatabase,
  query: string,
  limit = 20,
): Promise<Person[]> {
  const ids = await searchIds(db, 'people', query, limit);
  return (await db.people.bulkGet(ids)).filter((p): p is Person => !!p);
}
