// The upgrade that recomputes stored search tokens, for a schema version whose tokens changed
// (version 4: the end of a phone number, and hyphenated names as one word). It runs inside the
// upgrade's transaction and reads the people in chunks in key order (one getAll each, far faster
// than a get per record), writing back only those whose tokens changed: people with a phone
// number or a hyphenated name. Cases carry names but not phone endings, so only the cases of
// people with a hyphenated name are rewritten, not every case.
import type { Collection, Table, Transaction } from 'dexie';
import {
  caseSearchTokens,
  personSearchTokens,
  type NamedPerson,
} from '../../domain/people/personTokens';
import { joinedNameTokens } from '../../domain/search/normalize';

interface TokenedPerson extends NamedPerson {
  id: string;
  searchTokens?: string[];
}

interface TokenedCase {
  id: string;
  reference: string;
  clientId: string;
  ofwId?: string | undefined;
  searchTokens?: string[];
}

const CHUNK = 2_000;

const same = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.length === b.length && a.every((token, i) => token === b[i]);

/** Rewrites the people whose tokens changed; returns the ids of those with a hyphenated name. */
async function recomputePeople(people: Table<TokenedPerson, string>): Promise<string[]> {
  const hyphenated: string[] = [];
  let last: string | null = null;
  for (;;) {
    const from: Collection<TokenedPerson, string> =
      last === null ? people.toCollection() : people.where(':id').above(last);
    const chunk: TokenedPerson[] = await from.limit(CHUNK).toArray();
    const changed = chunk.flatMap((person) => {
      const { givenName, middleName, familyName } = person;
      if (joinedNameTokens(`${givenName} ${middleName ?? ''} ${familyName}`).length > 0)
        hyphenated.push(person.id);
      const searchTokens = personSearchTokens(person);
      return same(person.searchTokens, searchTokens) ? [] : [{ ...person, searchTokens }];
    });
    if (changed.length > 0) await people.bulkPut(changed);
    if (chunk.length < CHUNK) return hyphenated;
    last = chunk[chunk.length - 1]!.id;
  }
}

export async function recomputeSearchTokens(tx: Transaction): Promise<void> {
  const people = tx.table<TokenedPerson, string>('people');
  const hyphenated = await recomputePeople(people);
  if (hyphenated.length === 0) return;
  const cases = tx.table<TokenedCase, string>('cases');
  const theirs = await cases
    .where('clientId')
    .anyOf(hyphenated)
    .or('ofwId')
    .anyOf(hyphenated)
    .toArray();
  const ids = new Set(theirs.flatMap((c) => (c.ofwId ? [c.clientId, c.ofwId] : [c.clientId])));
  const named = await people.bulkGet([...ids]);
  const byId = new Map(named.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  const changed = theirs.flatMap((c) => {
    const involved = [c.clientId, c.ofwId].flatMap((id) => {
      const person = id ? byId.get(id) : undefined;
      return person ? [person] : [];
    });
    const searchTokens = caseSearchTokens(c.reference, involved);
    return same(c.searchTokens, searchTokens) ? [] : [{ ...c, searchTokens }];
  });
  if (changed.length > 0) await cases.bulkPut(changed);
}
