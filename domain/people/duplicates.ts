// Likely duplicates of a person about to be created: the same normalised name with the same
// birth date or phone, or a close spelling of the name (one or two letters off).
import { foldText } from '../search/normalize';

export interface PersonLike {
  id?: string;
  givenName: string;
  familyName: string;
  birthDate?: string | undefined;
  phone?: string | undefined;
}

export type DuplicateReason =
  'sameNameAndBirthDate' | 'sameNameAndPhone' | 'samePhone' | 'similarName';

export interface LikelyDuplicate<P> {
  person: P;
  reason: DuplicateReason;
}

/** The name compared: given and family name, folded, without spaces ("juandelacruz"). */
export const duplicateNameKey = (p: Pick<PersonLike, 'givenName' | 'familyName'>) =>
  foldText(`${p.givenName} ${p.familyName}`).replace(/ /g, '');
/** The phone number compared: its digits without the country code or trunk prefix. */
export const duplicatePhoneKey = (phone?: string) =>
  (phone ?? '').replace(/\D/g, '').replace(/^(63|0)/, '');
/** Shorter phone numbers are too often shared by chance (an extension, a short code). */
export const MIN_PHONE_KEY = 7;
/** The most letters a similar name may be off by. */
export const SIMILAR_NAME_EDITS = 2;

// Two rows of the distance table, reused: the duplicate check compares a name with every name
// of the desk (100,000 people), and a fresh array per row was most of its time.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = SIMILAR_NAME_EDITS): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function reasonFor(candidate: PersonLike, other: PersonLike): DuplicateReason | null {
  const nameA = duplicateNameKey(candidate);
  const nameB = duplicateNameKey(other);
  const sameName = nameA === nameB;
  const phoneA = duplicatePhoneKey(candidate.phone);
  const samePhone = phoneA.length >= MIN_PHONE_KEY && phoneA === duplicatePhoneKey(other.phone);
  if (sameName && candidate.birthDate && candidate.birthDate === other.birthDate)
    return 'sameNameAndBirthDate';
  if (sameName && samePhone) return 'sameNameAndPhone';
  if (samePhone) return 'samePhone';
  if (sameName || editDistance(nameA, nameB) <= SIMILAR_NAME_EDITS) return 'similarName';
  return null;
}

const RANK: Record<DuplicateReason, number> = {
  sameNameAndBirthDate: 0,
  sameNameAndPhone: 1,
  samePhone: 2,
  similarName: 3,
};

export function findLikelyDuplicates<P extends PersonLike>(
  candidate: PersonLike,
  others: P[],
): LikelyDuplicate<P>[] {
  return others
    .filter((other) => other.id !== candidate.id)
    .map((person) => ({ person, reason: reasonFor(candidate, person) }))
    .filter((match): match is LikelyDuplicate<P> => match.reason !== null)
    .sort((a, b) => RANK[a.reason] - RANK[b.reason]);
}
