// The case search by a number before the in-memory index is built, on an encrypted desk. A
// case's own blind index holds its reference and its people's names, not their phone numbers
// (renderer/db/encryption.ts): a query of digits only ("0917 555", a reference's number) is
// answered from the cases whose reference starts with it and, through the people's blind index,
// the cases of the people whose number does. Those are found through the cases' clientId and
// ofwId indexes, which hold ids only; each case read is then checked on its own opened tokens
// (every token, sealed in the row), so that the answer is the one the in-memory index gives (an
// anonymised case, whose tokens are its reference's only, is not found by its client's number).
import { readForSearch, type TulayDatabase } from '../../db';

interface Tokened {
  id: string;
  searchTokens: string[];
  deletedAt: string | null;
}

/** Whether a record (its tokens opened) is found by every word of a query. */
export const matchesAll = (r: Tokened, tokens: readonly string[]) =>
  !r.deletedAt && tokens.every((q) => r.searchTokens.some((t) => t.startsWith(q)));

/**
 * Once the cases left by the words asked so far are this few, the other words are checked on the
 * cases read rather than asked of the indexes: reading and checking a case costs about as much as
 * finding the cases of two people.
 */
const FEW_ENOUGH = 400;

/**
 * Ids of the cases whose tokens match every word of `tokens` (the longest first), at most `limit`.
 * The words are asked of the indexes one by one, the longest first, until the cases holding all
 * of them so far are few (FEW_ENOUGH); those are read and checked. A word held by more than
 * `most` people or references ("ma") is not asked. When every word is, the first word's
 * references, then its people, are read a page at a time, and their cases read and checked,
 * until `limit` match.
 *
 * Each step is a read-only transaction of its own (`readForSearch`: only the tokens of the cases
 * read are opened), asked with no await inside: this search awaits many times, and Dexie follows
 * one transaction across native awaits only so far (a search sharing one lost it, and failed with
 * PrematureCommitError). Call it outside any transaction.
 */
export async function byBlindCaseTokens(
  db: TulayDatabase,
  tokens: readonly string[],
  limit: number,
  most: number,
): Promise<string[]> {
  const cases = db.table<Tokened, string>('cases');
  const step = <T>(read: () => PromiseLike<T>) => readForSearch(db, ['people', 'cases'], read);
  /** The cases of these people, as client or OFW: one equality a person and index, at once. */
  const casesOf = async (people: readonly string[]) =>
    people.length === 0
      ? []
      : (
          await step(() =>
            Promise.all(
              people.flatMap((id) => [
                cases.where('clientId').equals(id).primaryKeys(),
                cases.where('ofwId').equals(id).primaryKeys(),
              ]),
            ),
          )
        ).flat();
  const found: string[] = [];
  /** Reads `ids` in batches, keeping those that match, until `limit` do. */
  const check = async (ids: readonly string[]) => {
    for (let at = 0; at < ids.length && found.length < limit;) {
      const batch = ids.slice(at, at + limit - found.length);
      at += batch.length;
      for (const r of await step(() => cases.bulkGet(batch)))
        if (r && matchesAll(r, tokens)) found.push(r.id);
    }
  };

  let candidates = null as Set<string> | null;
  for (const word of tokens) {
    const [people, own] = await step(() =>
      Promise.all([
        db.people.where('searchTokens').startsWith(word).limit(most).primaryKeys(),
        cases.where('searchTokens').startsWith(word).limit(most).primaryKeys(),
      ]),
    );
    if (people.length >= most || own.length >= most) continue;
    const holding = new Set([...own, ...(await casesOf([...new Set(people)]))]);
    candidates = new Set(candidates ? [...candidates].filter((id) => holding.has(id)) : holding);
    if (candidates.size <= FEW_ENOUGH) break;
  }
  if (candidates) {
    await check([...candidates].sort());
    return found;
  }

  // Every word too common to be read whole: the first word's references, then its people, a
  // page at a time in the order of their indexes (4 × the limit, then four times as many).
  const word = tokens[0]!;
  const seen = new Set<string>();
  const checkUnseen = async (ids: readonly string[]) => {
    const unseen = ids.filter((id) => !seen.has(id));
    unseen.forEach((id) => seen.add(id));
    await check(unseen);
  };
  for (const table of [cases, db.people]) {
    const read = new Set<string>();
    for (let size = Math.max(4 * limit, 100); found.length < limit; size *= 4) {
      const ids = await step(() =>
        table.where('searchTokens').startsWith(word).limit(size).primaryKeys(),
      );
      const fresh = ids.filter((id) => !read.has(id));
      fresh.forEach((id) => read.add(id));
      await checkUnseen(table === cases ? fresh : await casesOf(fresh));
      if (ids.length < size) break;
    }
  }
  return found;
}
