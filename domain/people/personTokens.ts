// The search tokens of a person and of a case, from the fields people search by.
import { nameTokens, phoneTokens, referenceTokens } from '../search/normalize';

export interface NamedPerson {
  givenName: string;
  middleName?: string | undefined;
  familyName: string;
  phone?: string | undefined;
}

export function personSearchTokens(person: NamedPerson): string[] {
  const names = nameTokens(`${person.givenName} ${person.middleName ?? ''} ${person.familyName}`);
  return [...new Set([...names, ...phoneTokens(person.phone ?? '')])];
}

/** A case is found by its reference, its client's and its OFW's names and phones. */
export function caseSearchTokens(reference: string, people: NamedPerson[]): string[] {
  return [...new Set([...referenceTokens(reference), ...people.flatMap(personSearchTokens)])];
}

export const fullName = (person: NamedPerson) =>
  [person.givenName, person.middleName, person.familyName].filter(Boolean).join(' ');
