// The names of one naming tradition, and how a full name is put together from them.
import type { Random } from './random';

export interface NameSet {
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
  /** Filipino: the middle name is the mother's maiden family name. */
  middleNameFromFamily?: boolean;
  /** Spanish and Latin American: two family names, the father's then the mother's. */
  twoFamilyNames?: boolean;
}

export interface PersonName {
  givenName: string;
  middleName?: string;
  familyName: string;
}

export type Sex = 'female' | 'male';

/** A new family name: one, or two for the traditions that carry both parents' names. */
export function familyNameOf(names: NameSet, random: Random): string {
  const first = random.pick(names.family);
  if (!names.twoFamilyNames) return first;
  let second = random.pick(names.family);
  if (second === first) second = random.pick(names.family);
  return `${first} ${second}`;
}

/**
 * A name in the tradition; `family` keeps a relative's family name (a sibling, a child),
 * `mother` gives a Filipino middle name shared by siblings.
 */
export function personName(
  names: NameSet,
  sex: Sex,
  random: Random,
  family?: { familyName: string; middleName?: string | undefined },
): PersonName {
  const givenName = random.pick(sex === 'female' ? names.female : names.male);
  const familyName = family?.familyName ?? familyNameOf(names, random);
  if (!names.middleNameFromFamily) return { givenName, familyName };
  const middleName = family?.middleName ?? random.pick(names.family);
  return middleName === familyName
    ? { givenName, familyName }
    : { givenName, middleName, familyName };
}
