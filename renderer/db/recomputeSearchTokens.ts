// The upgrade that recomputes the stored search tokens of every person and case, for a schema
// version whose tokens changed (version 4: the ends of phone numbers and hyphenated names).
// Records are read and written in chunks (Dexie's modify) inside the upgrade's transaction;
// a record whose tokens are already right is not written again.
import type { Transaction } from 'dexie';
import {
  caseSearchTokens,
  personSearchTokens,
  type NamedPerson,
} from '../../domain/people/personTokens';

interface TokenedPerson extends NamedPerson {
  id: string;
  searchTokens?: string[];
}

interface TokenedCase {
  reference: string;
  clientId: string;
  ofwId?: string | undefined;
  searchTokens?: string[];
}

const same = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.length === b.length && a.every((token, i) => token === b[i]);

export async function recomputeSearchTokens(tx: Transaction): Promise<void> {
  const people = new Map<string, NamedPerson>();
  await tx
    .table<TokenedPerson>('people')
    .toCollection()
    .modify((person) => {
      const { givenName, middleName, familyName, phone } = person;
      people.set(person.id, { givenName, middleName, familyName, phone });
      const tokens = personSearchTokens(person);
      if (same(person.searchTokens, tokens)) return false;
      person.searchTokens = tokens;
    });
  await tx
    .table<TokenedCase>('cases')
    .toCollection()
    .modify((c) => {
      const named = [c.clientId, c.ofwId].flatMap((id) => {
        const person = id ? people.get(id) : undefined;
        return person ? [person] : [];
      });
      const tokens = caseSearchTokens(c.reference, named);
      if (same(c.searchTokens, tokens)) return false;
      c.searchTokens = tokens;
    });
}
