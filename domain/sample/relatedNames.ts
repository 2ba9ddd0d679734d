// The name of a relative, following the naming customs: a Filipina who marries takes her
// husband's family name and keeps her maiden name as middle name, which her children carry as
// theirs; siblings share both. Elsewhere, relatives share the family name and spouses keep theirs.
import { personName, type NameSet, type PersonName, type Sex } from './nameSet';
import type { Random } from './random';

export type Relationship = 'spouse' | 'child' | 'parent' | 'sibling' | 'other';

/** The name of someone who is `relationship` of `other` (e.g. "child": the other's child). */
export function relatedName(
  names: NameSet,
  sex: Sex,
  relationship: Relationship,
  other: PersonName,
  otherSex: Sex,
  random: Random,
): PersonName {
  const filipino = names.middleNameFromFamily === true;
  const maiden = () => random.pick(names.family);
  switch (relationship) {
    case 'sibling':
      return personName(names, sex, random, other);
    case 'spouse':
      if (!filipino) return personName(names, sex, random);
      return personName(names, sex, random, {
        familyName: other.familyName,
        middleName: sex === 'female' ? maiden() : undefined,
      });
    case 'child':
      return personName(names, sex, random, {
        familyName: other.familyName,
        middleName: filipino && otherSex === 'female' ? other.middleName : undefined,
      });
    case 'parent':
      return personName(names, sex, random, {
        familyName: other.familyName,
        middleName: filipino && sex === 'female' ? other.middleName : undefined,
      });
    default:
      return personName(names, sex, random);
  }
}

/** How the client speaks of the person concerned: "daughter", "husband", "cousin". */
export function relationWord(relationship: Relationship, sex: Sex, random: Random): string {
  const female = sex === 'female';
  switch (relationship) {
    case 'spouse':
      return female ? 'wife' : 'husband';
    case 'child':
      return female ? 'daughter' : 'son';
    case 'parent':
      return female ? 'mother' : 'father';
    case 'sibling':
      return female ? 'sister' : 'brother';
    default:
      return random.pick(female ? ['cousin', 'niece', 'sister-in-law'] : ['cousin', 'nephew']);
  }
}
