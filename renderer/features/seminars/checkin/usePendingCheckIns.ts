// Check-ins on their way to the disk: the counter and the last check-ins show them at the
// keystroke, not after the write and the re-read (tens of milliseconds on an old PC). What the
// door wrote is laid over the live records; whichever of the two is newer (by updatedAt) wins,
// so an undo, or any later change, shows through as soon as it is stored.
import { useCallback, useState } from 'react';
import type { Attendance } from '../seminarTypes';
import type { RosterEntry } from '../useRoster';

export type PendingCheckIns = ReadonlyMap<string, Attendance>;

export function usePendingCheckIns() {
  const [pending, setPending] = useState<PendingCheckIns>(new Map());
  const put = useCallback((attendance: Attendance) => {
    setPending((current) => new Map(current).set(attendance.id, attendance));
  }, []);
  /** Shown as present now, before the write. */
  const start = useCallback(
    (attendance: Attendance) => {
      const now = new Date().toISOString();
      put({ ...attendance, status: 'registered', checkedInAt: now, updatedAt: now });
    },
    [put],
  );
  /** The write failed: the records are right again. */
  const fail = useCallback((attendanceId: string) => {
    setPending((current) => {
      const next = new Map(current);
      next.delete(attendanceId);
      return next;
    });
  }, []);
  return { pending, start, settle: put, fail };
}

/** The roster as the door sees it: the newer of the stored and the written record. */
export function withPending(roster: RosterEntry[], pending: PendingCheckIns): RosterEntry[] {
  if (pending.size === 0) return roster;
  return roster.map((entry) => {
    const written = pending.get(entry.attendance.id);
    if (!written || written.updatedAt <= entry.attendance.updatedAt) return entry;
    return { ...entry, attendance: written };
  });
}
