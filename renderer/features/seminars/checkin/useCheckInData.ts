// What the check-in screen shows, from the live roster: the counter, the search candidates,
// and the last five check-ins (from the records, so they survive a reload and an undo).
import { useMemo } from 'react';
import { seatCounts } from '../../../../domain/seminars/capacity';
import { doorTokens, type CheckInCandidate } from '../../../../domain/seminars/checkInSearch';
import { type RosterEntry } from '../useRoster';
import type { Seminar } from '../seminarTypes';
import { withPending, type PendingCheckIns } from './usePendingCheckIns';

export type Candidate = CheckInCandidate & { entry: RosterEntry };

export const RECENT_COUNT = 5;

export function useCheckInData(
  seminar: Seminar | null | undefined,
  stored: RosterEntry[] | undefined,
  pending: PendingCheckIns,
) {
  return useMemo(() => {
    if (!seminar || !stored) return { seminar, roster: undefined } as const;
    const roster = withPending(stored, pending);
    const attendance = roster.map((r) => r.attendance);
    const candidates: Candidate[] = roster.map((entry) => ({
      id: entry.attendance.id,
      registrationCode: entry.attendance.registrationCode,
      status: entry.attendance.status,
      checkedInAt: entry.attendance.checkedInAt,
      searchTokens: doorTokens(entry.person),
      sortName: `${entry.person.familyName} ${entry.person.givenName}`,
      entry,
    }));
    const recent = roster
      .filter((r) => r.attendance.checkedInAt && r.attendance.status === 'registered')
      .sort((a, b) => b.attendance.checkedInAt!.localeCompare(a.attendance.checkedInAt!))
      .slice(0, RECENT_COUNT);
    const registeredPeople = new Set(
      roster.filter((r) => r.attendance.status !== 'cancelled').map((r) => r.person.id),
    );
    return {
      seminar,
      roster,
      counts: seatCounts(attendance, seminar.capacity),
      candidates,
      recent,
      registeredPeople,
    } as const;
  }, [seminar, stored, pending]);
}
