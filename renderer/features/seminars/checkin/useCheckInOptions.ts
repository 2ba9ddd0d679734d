// The choices under the check-in search, in the order Enter prefers them: registrations that
// match (not yet present first), then known people to register at the door, then "walk-in: new
// person". One is active; the arrow keys move it. Two people of the same name are marked, so
// each shows what tells them apart (birth date, barangay), not only a code.
import { useMemo, useState } from 'react';
import { foldText } from '../../../../domain/search/normalize';
import { findForCheckIn } from '../../../../domain/seminars/checkInSearch';
import { isCodePrefix } from '../../../../domain/seminars/registrationCode';
import type { Person } from '../../people';
import type { Candidate } from './useCheckInData';
import { useKnownPeople } from './useKnownPeople';

export type CheckInOption =
  | { kind: 'attendee'; key: string; candidate: Candidate; twin?: boolean }
  | { kind: 'known'; key: string; person: Person; twin?: boolean }
  | { kind: 'new'; key: string; typed: string };

const personOf = (option: CheckInOption) =>
  option.kind === 'attendee'
    ? option.candidate.entry.person
    : option.kind === 'known'
      ? option.person
      : null;

/** Marks the choices whose person has the same given and family name as another choice's
 *  (a middle initial is easily left out or mistyped at the door). */
function markTwins(options: CheckInOption[]): CheckInOption[] {
  const nameOf = (option: CheckInOption) => {
    const person = personOf(option);
    return person ? foldText(`${person.givenName} ${person.familyName}`) : null;
  };
  const counts = new Map<string, number>();
  for (const name of options.map(nameOf)) if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  return options.map((option) => {
    const name = nameOf(option);
    return name && counts.get(name)! > 1 && option.kind !== 'new'
      ? { ...option, twin: true }
      : option;
  });
}

export function useCheckInOptions(
  candidates: readonly Candidate[],
  registered: ReadonlySet<string>,
) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const known = useKnownPeople(query, registered);
  const typed = query.trim();
  const matches = useMemo(() => findForCheckIn(candidates, typed), [candidates, typed]);
  const options = useMemo<CheckInOption[]>(() => {
    if (!typed) return [];
    return markTwins([
      ...matches.map((candidate) => ({ kind: 'attendee' as const, key: candidate.id, candidate })),
      ...known.map((person) => ({ kind: 'known' as const, key: `p-${person.id}`, person })),
      ...(isCodePrefix(typed) ? [] : [{ kind: 'new' as const, key: 'new', typed }]),
    ]);
  }, [matches, known, typed]);
  const change = (value: string) => {
    setQuery(value);
    setActive(0);
  };
  const move = (step: 1 | -1) => {
    if (options.length === 0) return;
    setActive((current) => (current + step + options.length) % options.length);
  };
  return {
    query,
    setQuery: change,
    options,
    active: Math.min(active, Math.max(0, options.length - 1)),
    setActive,
    move,
  };
}
