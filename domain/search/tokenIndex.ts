// The search tokens of one table, held in memory: a prefix search by name becomes a binary search
// in a sorted list of tokens and set operations on ids, with no database read. At 100,000 people,
// walking the IndexedDB token index for "Baut Sh" reads every record whose tokens start with
// "baut" to check the second word, which took over 100 ms; in memory it takes about a millisecond.
// Tokens that start with a letter are kept (names, and references such as lgz2026000123). The
// people's index also keeps their phone numbers (`withPhones`), in the one form a search box
// turns a number into (no leading 0 or 63: 9171234567) and backwards for their ending: on an
// encrypted desk a walk of the database reads sealed rows several times the size of clear ones
// (docs/encryption.md). The other forms (09171234567, 639171234567) are left to the database: a
// query that starts so still walks it.
import { PHONE_ENDING_MARK } from './normalize';

/** Whether the in-memory index keeps (and so can answer for) a token. */
export const isIndexedToken = (token: string) => /^\p{L}/u.test(token);

/**
 * Whether the people's index keeps a phone token, and answers a query token so: digits not
 * starting with 0 or 63 (every stored token starting with such a query is one of those too), or
 * a phone's ending. A lone "6" could be the start of 63…: the database answers it.
 */
export const isIndexedPhoneToken = (token: string) =>
  token.startsWith(PHONE_ENDING_MARK) || (/^[1-9]\d+$/.test(token) && !token.startsWith('63'));

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class TokenIndex {
  private readonly keeps: (token: string) => boolean;
  constructor(options: { withPhones?: boolean } = {}) {
    this.keeps = options.withPhones
      ? (token) => isIndexedToken(token) || isIndexedPhoneToken(token)
      : isIndexedToken;
  }

  /** The indexed tokens of each record. */
  private readonly docs = new Map<string, readonly string[]>();
  /**
   * The ids of the records holding each token, in order: a common name is held by thousands of
   * records, and taking one out is then a binary search, not a scan.
   */
  private readonly postings = new Map<string, string[]>();
  /**
   * Every token, in code-unit order so that the tokens starting with a prefix are one run.
   * Null while records are loaded in bulk: it is sorted once, at the first search.
   */
  private sorted: string[] | null = null;

  get size(): number {
    return this.docs.size;
  }

  /** Sets the tokens of a record; null (a deleted record) takes it out. */
  set(id: string, tokens: readonly string[] | null): void {
    const kept = tokens ? [...new Set(tokens.filter(this.keeps))] : [];
    const before = this.docs.get(id);
    if (before) {
      for (const token of before) if (!kept.includes(token)) this.unpost(token, id);
    }
    if (kept.length === 0) {
      this.docs.delete(id);
      return;
    }
    for (const token of kept) if (!before?.includes(token)) this.post(token, id);
    this.docs.set(id, kept);
  }

  /**
   * Ids of the records with a token starting with each query token, newest first (ids are
   * uuidv7, so they sort by creation), at most `limit`. Null when a query token is not one this
   * index keeps (a phone number, in the cases' index): the caller asks the database.
   */
  search(queryTokens: readonly string[], limit: number): string[] | null {
    if (queryTokens.length === 0 || !queryTokens.every(this.keeps)) return null;
    const sorted = (this.sorted ??= [...this.postings.keys()].sort(byCodeUnits));
    // Walk the rarest word's tokens and check the other words on each record found.
    const ranges = queryTokens.map((q) => {
      const [from, to] = this.range(sorted, q);
      let count = 0;
      for (let i = from; i < to; i++) count += this.postings.get(sorted[i]!)!.length;
      return { q, from, to, count };
    });
    ranges.sort((a, b) => a.count - b.count);
    const [rarest, ...others] = ranges;
    if (!rarest || rarest.count === 0) return [];
    const found = new Set<string>();
    for (let i = rarest.from; i < rarest.to; i++) {
      for (const id of this.postings.get(sorted[i]!)!) {
        if (found.has(id)) continue;
        const tokens = this.docs.get(id)!;
        if (others.every(({ q }) => tokens.some((t) => t.startsWith(q)))) found.add(id);
      }
    }
    return [...found].sort(byCodeUnits).reverse().slice(0, limit);
  }

  /** The run of `sorted` whose tokens start with `prefix`, as [from, to). */
  private range(sorted: readonly string[], prefix: string): [number, number] {
    // No token character sorts after U+FFFF: surrogate pairs are made of lower code units.
    return [lowerBound(sorted, prefix), lowerBound(sorted, `${prefix}\uffff`)];
  }

  private post(token: string, id: string) {
    const ids = this.postings.get(token);
    if (ids) {
      // New records have the highest ids: usually an append.
      if (ids[ids.length - 1]! < id) ids.push(id);
      else ids.splice(lowerBound(ids, id), 0, id);
      return;
    }
    this.postings.set(token, [id]);
    if (this.sorted) this.sorted.splice(lowerBound(this.sorted, token), 0, token);
  }

  private unpost(token: string, id: string) {
    const ids = this.postings.get(token);
    if (!ids) return;
    const at = lowerBound(ids, id);
    if (ids[at] === id) ids.splice(at, 1);
    if (ids.length > 0) return;
    this.postings.delete(token);
    if (this.sorted) this.sorted.splice(lowerBound(this.sorted, token), 1);
  }
}

/** The first position of `sorted` whose string is not before `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
