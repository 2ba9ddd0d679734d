// The check-in search, in memory over a session's registrations (a few hundred at most, so
// every keystroke is answered at once): a registration code, or the start of the name's words
// or of the phone number. People not yet checked in come first; the first is what Enter takes.
import type { NamedPerson } from '../people/personTokens';
import { joinedNameTokens, queryTokens } from '../search/normalize';
import { isCodePrefix, normaliseCode } from './registrationCode';

export interface CheckInCandidate {
  id: string;
  registrationCode: string;
  status: 'registered' | 'waitlisted' | 'cancelled';
  checkedInAt?: string | undefined;
  /** The person's search tokens (names and phones, normalised). */
  searchTokens: readonly string[];
  /** For sorting the matches, e.g. "Dela Cruz Maria". */
  sortName: string;
}

/**
 * A person's tokens at the door: the stored ones, and each name written with a hyphen or a
 * dot as one word too ("Jun-jun" → "junjun"), so "junjun pen" finds "Jun-jun Peñaflor" as
 * "penaflor" finds "Peñaflor". Stored tokens have these since schema version 4; a record pulled
 * from a desk that has not been updated may lack them.
 */
export function doorTokens(person: NamedPerson & { searchTokens: readonly string[] }): string[] {
  const joined = joinedNameTokens(
    `${person.givenName} ${person.middleName ?? ''} ${person.familyName}`,
  );
  return joined.every((token) => person.searchTokens.includes(token))
    ? [...person.searchTokens]
    : [...new Set([...person.searchTokens, ...joined])];
}

const rank = (c: CheckInCandidate) => (c.checkedInAt ? 2 : c.status === 'registered' ? 0 : 1);

function matchesTokens(candidate: CheckInCandidate, tokens: readonly string[]) {
  return tokens.every((q) => candidate.searchTokens.some((t) => t.startsWith(q)));
}

export function findForCheckIn<C extends CheckInCandidate>(
  candidates: readonly C[],
  query: string,
  limit = 8,
): C[] {
  const typed = query.trim();
  if (typed === '') return [];
  const live = candidates.filter((c) => c.status !== 'cancelled');
  if (isCodePrefix(typed)) {
    const code = normaliseCode(typed);
    const byCode = live.filter((c) => c.registrationCode.startsWith(code));
    if (byCode.length > 0) return byCode.slice(0, limit);
  }
  const tokens = queryTokens(typed);
  if (tokens.length === 0) return [];
  return live
    .filter((c) => matchesTokens(c, tokens))
    .sort((a, b) => rank(a) - rank(b) || a.sortName.localeCompare(b.sortName))
    .slice(0, limit);
}
