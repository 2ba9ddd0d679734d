// People: created and edited through the write path with their search tokens; found by prefix
// search on the token index. The duplicate check before a new one is saved: duplicateCheck.ts.
import { caseSearchTokens, personSearchTokens } from '../../../domain/people/personTokens';
import type { RecordInput, StoredRecord } from '../../../domain/records';
import { phoneEndingToken, queryTokens } from '../../../domain/search/normalize';
import {
  createRecord,
  inForeground,
  isDigits,
  isEncryptionActive,
  readForSearch,
  searchInMemory,
  updateRecord,
  type TulayDatabase,
  type WriteContext,
} from '../../db';
import { KnownError } from '../../../domain/knownError';
import { byBlindCaseTokens, matchesAll } from './caseBlindSearch';

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
  if (isEncryptionActive(db)) {
    // A case's own blind index holds no phone number (encryption.ts): its words of digits are
    // checked on the cases read, not asked of the index (searchIds asks the people when every
    // word is digits).
    const asked = table === 'cases' ? tokens.filter((q) => !isDigits(q)) : tokens;
    const blind = await byBlindTokens(db, table, asked, limit, tokens);
    if (blind) return blind;
    tokens = [...asked, ...tokens.filter((q) => !asked.includes(q))];
  }
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
 * `probe`: the records read on the longer words' ids before a word of one or two letters is
 * asked of the index (byBlindTokens). Changed by tests only.
 */
export const blindSearchLimits = { idsPerWord: 5_000, probe: 50 };
/** Words of this many characters or fewer are read from the index last, if at all. */
const SHORT_WORD = 2;
/**
 * The records a search would still read, at most, rather than ask the index for its short words:
 * about what reading a common short word's 5,000 ids costs (7 µs an id, 75 µs a record read and
 * checked, at 10,000 cases).
 */
const READ_RATHER = 400;
/**
 * About how many ids the index gives for the cost of one record read and checked (8 to 11 µs an
 * id, about 60 µs a record). A short word is asked for at most this many ids a record left to
 * read: beyond that, reading the records is the cheaper way to check it ("peña ma" in the case
 * list at 10,000 cases has 250 cases left to read, and "ma" 5,000 ids and more).
 */
const IDS_PER_RECORD = 6;

/**
 * A word's ids from the index: all of them (`whole`), or the first `most` of a range whose
 * entries come by key (each token its own), then by id, which so excludes no id.
 */
interface BlindWord {
  ids: Set<string>;
  whole: boolean;
}

/** Whether an id may hold `word`, from its ids alone. */
const mayHold = (id: string, { ids, whole }: BlindWord) => ids.has(id) || !whole;

/**
 * Whether a search that found `found` of `limit` in the `read` records it read should ask the
 * index for its short words rather than read on: the reads it still needs, at the rate so far,
 * are more than READ_RATHER.
 */
function askIndexRather(read: number, found: number, limit: number): boolean {
  const needed = found === 0 ? Infinity : ((limit - found) * read) / found;
  return needed > READ_RATHER;
}

/** The most records a batch reads beyond the `limit` still wanted. */
const OVER_READ = 200;

/**
 * How many records the next batch of a search reads: as many as the rate of matches so far says
 * the `limit` needs, a quarter more, and at least what is still wanted. A batch of exactly what is
 * still wanted shrank to a record or two near the end: "del jo" at 10,000 cases read 556 people in
 * 70 requests, each costing about a millisecond besides its records (some 60 µs each).
 * The caller keeps the first `limit` found, in the order read.
 */
function batchSize(read: number, found: number, limit: number): number {
  const wanted = limit - found;
  if (found === 0) return wanted;
  return Math.min(
    Math.max(wanted, Math.ceil(((wanted * read) / found) * 1.25)),
    wanted + OVER_READ,
  );
}

/**
 * `byTokens` on a blind index (docs/encryption.md, "What a search decrypts"). Each word is a
 * range of keyed hashes (fieldCipher.ts). The ids under the query's longer words are intersected
 * from the index alone (keys: no record read, nothing opened), and only those records are read, in
 * id order, and their opened tokens checked (a word longer than the 12 characters a key covers, a
 * mark shared by chance, a deleted record), until `limit` match. A word of one or two letters ("ma",
 * an initial) is under thousands of ids, which cost about as much to read as hundreds of records:
 * it is checked on the records read, and asked of the index only when the first `probe` records
 * read say that more than READ_RATHER others would be needed.
 * Null when every word is too common for its ids to be read whole: the caller walks.
 */
async function byBlindTokens(
  db: TulayDatabase,
  table: 'people' | 'cases',
  tokens: readonly string[],
  limit: number,
  checked: readonly string[] = tokens,
): Promise<string[] | null> {
  const store = db.table<Tokened, string>(table);
  const { idsPerWord: most, probe } = blindSearchLimits;
  /** A word's ids, at most `cap` of them (`most`, or fewer when records are the cheaper way). */
  const idsOf = async (q: string, cap = most): Promise<BlindWord> => {
    const ids = await store.where('searchTokens').startsWith(q).limit(cap).primaryKeys();
    // A word whose ids came whole excludes every id not among them; one cut at `cap`, none.
    return { ids: new Set(ids), whole: ids.length < cap };
  };
  /** The ids worth reading for a short word when at most `left` records are left to read. */
  const capFor = (left: number) => Math.max(1, Math.min(most, left * IDS_PER_RECORD));
  /** The ids of the rarest word read whole that every other word may hold, in id order. */
  const intersect = (words: BlindWord[]) => {
    const rarest = words.filter((w) => w.whole).sort((a, b) => a.ids.size - b.ids.size)[0];
    if (!rarest) return null;
    return [...rarest.ids].sort().filter((id) => words.every((w) => mayHold(id, w)));
  };
  const isShort = (q: string, i: number) => i > 0 && [...q].length <= SHORT_WORD;
  const long = tokens.filter((q, i) => !isShort(q, i));
  // Set when the one-word path below gives way to the intersection of every word's ids.
  let switched: string[] | null | undefined;
  if (long.length === 1) {
    // One word longer than two letters (and any number of short ones: "sant ma"): its ids are
    // read a page at a time (the first 4 × `limit`, then four times as many, up to `most`), in
    // the index's order, as the walk visits them, and their records read in batches and checked
    // until `limit` match. A common word's thousands of ids are not read when its first records
    // answer ("sant" has 1,726 at 10,000 cases: 14 ms of ids, for 185 records read). When a short
    // word asked of the index comes whole, or the word has more ids than `most`, the search goes
    // on as below, from every word's ids ("maca bi" at 100,000 cases: a few hundred "bi" among
    // 5,000 "maca"). (Inline: in a function of its own, the walk after a null answer failed with
    // PrematureCommitError, Dexie following its transaction across native awaits only so far.)
    const word = long[0]!;
    let later = tokens.filter((q) => q !== word);
    let shortWords: BlindWord[] = [];
    const seen = new Set<string>();
    const found: string[] = [];
    let read = 0;
    for (let size = Math.min(most, Math.max(4 * limit, 100)); ; size = Math.min(most, size * 4)) {
      const ids = await store.where('searchTokens').startsWith(word).limit(size).primaryKeys();
      // A record holding two tokens in the range comes twice; the first pages come again.
      const fresh = ids.filter((id) => !seen.has(id));
      fresh.forEach((id) => seen.add(id));
      let giveWay = size >= most && ids.length === size;
      for (let at = 0; at < fresh.length && found.length < limit && !giveWay;) {
        if (later.length > 0 && read >= probe && askIndexRather(read, found.length, limit)) {
          // The word's ids read whole: no more records than those left can be read.
          const cap = ids.length < size ? capFor(fresh.length - at) : most;
          shortWords = await Promise.all(later.map((q) => idsOf(q, cap)));
          later = [];
          if (shortWords.some((w) => w.whole)) {
            giveWay = true;
            break;
          }
        }
        // Until the short words are asked or let go, no more than `probe` records are read: with
        // the case list's limit of 5,000, one batch would otherwise read every id of the word
        // before the probe could run (at 10,000 cases "pang ro" read the 911 cases under "pang",
        // where it now reads 50, asks "ro" and reads the 239 under both).
        const step = Math.min(
          batchSize(read, found.length, limit),
          later.length > 0 && read < probe ? probe - read : Infinity,
        );
        const batch = fresh
          .slice(at, at + step)
          .filter((id) => shortWords.every((w) => mayHold(id, w)));
        at += step;
        if (batch.length === 0) continue;
        read += batch.length;
        for (const r of await store.bulkGet(batch))
          if (r && matchesAll(r, checked)) found.push(r.id);
      }
      if (found.length >= limit || (!giveWay && ids.length < size)) return found.slice(0, limit);
      if (giveWay) {
        // The word's ids as far as they are read (`most`), so that the intersection is exact.
        const [longWord, ...rest] = await Promise.all([
          size >= most ? { ids: seen, whole: ids.length < size } : idsOf(word),
          ...later.map((q) => idsOf(q)),
        ]);
        switched = intersect([longWord, ...shortWords, ...rest]);
        break;
      }
    }
  }
  let later = switched === undefined ? tokens.filter(isShort) : [];
  let candidates =
    switched !== undefined
      ? switched
      : intersect(await Promise.all(tokens.filter((q, i) => !isShort(q, i)).map((q) => idsOf(q))));
  if (!candidates && later.length > 0) {
    candidates = intersect(await Promise.all(tokens.map((q) => idsOf(q))));
    later = [];
  }
  if (!candidates) return null;
  const found: string[] = [];
  let read = 0;
  for (let at = 0; at < candidates.length && found.length < limit;) {
    if (later.length > 0 && read >= probe) {
      if (askIndexRather(read, found.length, limit)) {
        const cap = capFor(candidates.length - at);
        const words = await Promise.all(later.map((q) => idsOf(q, cap)));
        candidates = candidates.slice(at).filter((id) => words.every((w) => mayHold(id, w)));
        at = 0;
        later = [];
        continue;
      }
    }
    // As above: the first `probe` records alone until the short words are asked or let go.
    const step = Math.min(
      batchSize(read, found.length, limit),
      later.length > 0 && read < probe ? probe - read : Infinity,
    );
    const batch = candidates.slice(at, at + step);
    at += batch.length;
    read += batch.length;
    for (const r of await store.bulkGet(batch)) if (r && matchesAll(r, checked)) found.push(r.id);
  }
  return found.slice(0, limit);
}

/**
 * Ids of the records whose phone number ends with the digits typed: people by their ending token,
 * cases through their client and OFW (a case carries no ending token of its own). Each of its two
 * steps is a read of its own (`readForSearch`): after the people's search awaits many times, the
 * transaction it ran in is no longer followed by Dexie (PrematureCommitError). Call it outside
 * any transaction.
 */
async function byPhoneEnding(
  db: TulayDatabase,
  table: 'people' | 'cases',
  ending: string,
  limit: number,
): Promise<string[]> {
  const tables = ['people', 'cases'];
  const people = await readForSearch(db, tables, () => byTokens(db, 'people', [ending], limit));
  if (table === 'people' || people.length === 0) return people;
  return readForSearch(db, tables, () =>
    db.cases
      .where('clientId')
      .anyOf(people)
      .or('ofwId')
      .anyOf(people)
      .filter((c) => !c.deletedAt)
      .limit(limit)
      .primaryKeys(),
  );
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
  // On an encrypted desk a case is found through its people, in steps that are reads of their
  // own (caseBlindSearch.ts); so is the end of a phone number.
  const [starts, ends] = await inForeground(() =>
    Promise.all([
      table === 'cases' && isEncryptionActive(db) && tokensOf(query).every(isDigits)
        ? byBlindCaseTokens(db, tokensOf(query), limit, blindSearchLimits.idsPerWord)
        : readForSearch(db, ['people', 'cases'], () => byTokens(db, table, tokensOf(query), limit)),
      ending ? byPhoneEnding(db, table, ending, limit) : [],
    ]),
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
