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

const nameKey = (p: PersonLike) => foldText(`${p.givenName} ${p.familyName}`).replace(/ /g, '');
const phoneKey = (phone?: string) => (phone ?? '').replace(/\D/g, '').replace(/^(63|0)/, '');

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

function reasonFor(candidate: PersonLike, other: PersonLike): DuplicateReason | null {
  const sameName = nameKey(candidate) === nameKey(other);
  const phoneA = phoneKey(candidate.phone);
  const samePhone = phoneA.length >= 7 && phoneA === phoneKey(other.phone);
  if (sameName && candidate.birthDate && candidate.birthDate === other.birthDate)
    return 'sameNameAndBirthDate';
  if (sameName && samePhone) return 'sameNameAndPhone';
  if (samePhone) return 'samePhone';
  if (sameName || editDistance(nameKey(candidate), nameKey(other)) <= 2) return 'similarName';
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
