// Who each logbook row is about: a person already recorded at the desk, a person an earlier row
// of the same file introduced, or a new one. The rules are the intake's duplicate check
// (domain/people/duplicates.ts): the same name with the same birth date or phone is the same
// person. A logbook row often holds a name only (the same OFW on many rows, no phone), so the
// same name with nothing that contradicts it (no other birth date, no other phone) is the same
// person too, when exactly one person of that name is known; two namesakes are never guessed
// between: the row makes a new person.
import { uuidv7 } from '../../../../domain/ids';
import { duplicateNameKey, duplicatePhoneKey } from '../../../../domain/people/duplicates';
import type { LogbookPerson } from '../../../../domain/cases/logbook/checkLogbook';

export interface KnownPerson extends LogbookPerson {
  id: string;
  /** Recorded before this import. */
  existing: boolean;
}

const conflicts = (row: LogbookPerson, other: LogbookPerson) =>
  (!!row.birthDate && !!other.birthDate && row.birthDate !== other.birthDate) ||
  (!!row.phone && !!other.phone && duplicatePhoneKey(row.phone) !== duplicatePhoneKey(other.phone));

const sameNameAndFact = (row: LogbookPerson, other: LogbookPerson) =>
  (!!row.birthDate && row.birthDate === other.birthDate) ||
  (!!row.phone && duplicatePhoneKey(row.phone) === duplicatePhoneKey(other.phone));

export class PeopleMatcher {
  private byName = new Map<string, KnownPerson[]>();
  readonly created: KnownPerson[] = [];

  constructor(people: readonly (LogbookPerson & { id: string })[]) {
    for (const person of people) this.remember({ ...person, existing: true });
  }

  private remember(person: KnownPerson) {
    const key = duplicateNameKey(person);
    const list = this.byName.get(key) ?? [];
    list.push(person);
    this.byName.set(key, list);
  }

  /** The person a row is about; a new one is remembered for the following rows. */
  match(row: LogbookPerson): KnownPerson {
    const namesakes = this.byName.get(duplicateNameKey(row)) ?? [];
    const sure = namesakes.find((p) => sameNameAndFact(row, p));
    const compatible = namesakes.filter((p) => !conflicts(row, p));
    const found =
      sure ?? (compatible.length === 1 && namesakes.length === 1 ? compatible[0] : undefined);
    if (found) return found;
    const person: KnownPerson = { ...row, id: uuidv7(), existing: false };
    this.remember(person);
    this.created.push(person);
    return person;
  }
}
