// The order of attendee lists and of certificates: family name, then given names.
import type { Person } from '../people';

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

export function byFamilyName(a: Person, b: Person): number {
  return (
    collator.compare(a.familyName, b.familyName) ||
    collator.compare(`${a.givenName} ${a.middleName ?? ''}`, `${b.givenName} ${b.middleName ?? ''}`)
  );
}
