// The search tokens of a person and of a case, from the fields people search by.
import {
  joinedNameTokens,
  nameTokens,
  phoneEndingTokens,
  phoneTokens,
  referenceTokens,
} from '../search/normalize';

export interface NamedPerson {
  givenName: string;
  middleName?: string | undefined;
  familyName: string;
  phone?: string | undefined;
}

/** The tokens a person and their cases share: names (hyphenated ones also whole) and phone. */
function nameAndPhoneTokens(person: NamedPerson): string[] {
  const name = `${person.givenName} ${person.middleName ?? ''} ${person.familyName}`;
  return [...nameTokens(name), ...joinedNameTokens(name), ...phoneTokens(person.phone ?? '')];
}

/**
 * A person's tokens: each word of the name (particles joined), each hyphenated name as one word
 * ("Jun-jun" → junjun), the phone number's forms and its ending (domain/search/normalize.ts).
 * A change here needs a schema version that recomputes the stored tokens (renderer/db/schema.ts).
 */
export function personSearchTokens(person: NamedPerson): string[] {
  return [...new Set([...nameAndPhoneTokens(person), ...phoneEndingTokens(person.phone ?? '')])];
}

/**
 * A case is found by its reference, its client's and its OFW's names and phones; by the end of
 * a phone number through the people (searchIds).
 */
export function caseSearchTokens(reference: string, people: NamedPerson[]): string[] {
  return [...new Set([...referenceTokens(reference), ...people.flatMap(nameAndPhoneTokens)])];
}

/** A person's name as written; an anonymised person's (domain/retention) is a single dash. */
export const fullName = (person: NamedPerson) =>
  person.givenName === ANONYMISED_NAME && person.familyName === ANONYMISED_NAME
    ? ANONYMISED_NAME
    : [person.givenName, person.middleName, person.familyName].filter(Boolean).join(' ');

/** domain/retention/anonymise.ts's ANONYMISED_TEXT (kept here to spare people/ that import). */
const ANONYMISED_NAME = '—';
