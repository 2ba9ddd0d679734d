import { describe, expect, it } from 'vitest';
import { personSearchTokens } from '../../../domain/people/personTokens';
import {
  doorTokens,
  findForCheckIn,
  type CheckInCandidate,
} from '../../../domain/seminars/checkInSearch';

const candidate = (
  id: string,
  givenName: string,
  familyName: string,
  code: string,
  extra: Partial<CheckInCandidate> = {},
): CheckInCandidate => ({
  id,
  registrationCode: code,
  status: 'registered',
  searchTokens: personSearchTokens({ givenName, familyName, phone: `0917 000 00${id.slice(-2)}` }),
  sortName: `${familyName} ${givenName}`,
  ...extra,
});

const people = [
  candidate('p01', 'Maria', 'Dela Cruz', 'K7MX', { checkedInAt: '2026-03-14T01:02:00Z' }),
  candidate('p02', 'Mario', 'Santos', 'B4TR'),
  candidate('p03', 'Marites', 'Reyes', 'Z9QP', { status: 'waitlisted' }),
  candidate('p04', 'Ana', 'Marquez', 'H2DD', { status: 'cancelled' }),
];

describe('the check-in search', () => {
  it('finds by the start of any name word, not-yet-present first, never a cancelled registration', () => {
    expect(findForCheckIn(people, 'mar').map((c) => c.id)).toEqual(['p02', 'p03', 'p01']);
    expect(findForCheckIn(people, 'maria dela').map((c) => c.id)).toEqual(['p01']);
  });

  it('finds by registration code, typed in any case, and by phone', () => {
    expect(findForCheckIn(people, 'b4tr').map((c) => c.id)).toEqual(['p02']);
    expect(findForCheckIn(people, 'z9').map((c) => c.id)).toEqual(['p03']);
    expect(findForCheckIn(people, '0917 000 0002').map((c) => c.id)).toEqual(['p02']);
    expect(findForCheckIn(people, '   ')).toEqual([]);
  });
});

describe('the check-in search and hyphens', () => {
  const junjun = {
    givenName: 'Jun-jun',
    familyName: 'Peñaflor',
    searchTokens: personSearchTokens({ givenName: 'Jun-jun', familyName: 'Peñaflor' }),
  };
  const door = (person: typeof junjun, id: string): CheckInCandidate => ({
    id,
    registrationCode: 'K7MX',
    status: 'registered',
    searchTokens: doorTokens(person),
    sortName: `${person.familyName} ${person.givenName}`,
  });

  it('finds "Jun-jun Peñaflor" typed with or without the hyphen, as it ignores accents', () => {
    const attendees = [door(junjun, 'p1')];
    for (const typed of ['junjun pen', 'jun-jun peñ', 'Jun jun', 'penaflor junj', 'JUNJUN'])
      expect([typed, findForCheckIn(attendees, typed).map((c) => c.id)]).toEqual([typed, ['p1']]);
    expect(findForCheckIn(attendees, 'junior')).toEqual([]);
  });

  it('leaves the stored tokens of a name without hyphens as they are', () => {
    const maria = { givenName: 'Maria', familyName: 'Dela Cruz' };
    const stored = personSearchTokens(maria);
    expect(doorTokens({ ...maria, searchTokens: stored })).toEqual(stored);
  });
});
