// What Enter (or a click) does at the door, and the one line that says what happened.
import { useCallback, useRef, useState } from 'react';
import { fullName } from '../../../../domain/people/personTokens';
import type { PersonInput } from '../../people';
import type { Attendance } from '../seminarTypes';
import { useSeminarActions } from '../useSeminarActions';
import type { CheckInOption } from './useCheckInOptions';

export type Announcement =
  | { kind: 'checkedIn' | 'walkedIn' | 'undone'; name: string; code: string }
  | { kind: 'already'; name: string; at: string }
  | { kind: 'failed'; error: unknown };

interface Pending {
  start: (attendance: Attendance) => void;
  settle: (attendance: Attendance) => void;
  fail: (attendanceId: string) => void;
}

export function useCheckInActions(
  seminarId: string,
  onWalkIn: (typed: string) => void,
  pending: Pending,
) {
  const actions = useSeminarActions();
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);

  // Door actions run one after the other: an undo pressed while its check-in is still being
  // written (the screen shows check-ins before the write) must wait for that write, or it
  // would find nothing to undo and the check-in would land afterwards.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const guard = useCallback((work: () => Promise<void>) => {
    const run = async () => {
      try {
        await work();
      } catch (error) {
        setAnnouncement({ kind: 'failed', error });
      }
    };
    queue.current = queue.current.then(run);
    return queue.current;
  }, []);

  const act = useCallback(
    (option: CheckInOption) =>
      guard(async () => {
        if (option.kind === 'new') return onWalkIn(option.typed);
        if (option.kind === 'known') {
          const attendance = await actions.walkIn(seminarId, { id: option.person.id });
          const name = fullName(option.person);
          return setAnnouncement({ kind: 'walkedIn', name, code: attendance.registrationCode });
        }
        const { entry } = option.candidate;
        const { attendance, name } = entry;
        if (attendance.checkedInAt)
          return setAnnouncement({ kind: 'already', name, at: attendance.checkedInAt });
        pending.start(attendance);
        try {
          pending.settle(await actions.checkIn(attendance.id));
        } catch (error) {
          pending.fail(attendance.id);
          throw error;
        }
        setAnnouncement({ kind: 'checkedIn', name, code: attendance.registrationCode });
      }),
    [actions, guard, onWalkIn, seminarId, pending],
  );

  const registerWalkIn = useCallback(
    (
      person: { id: string; name: string } | (PersonInput & { name: string }),
      destination?: string,
    ) =>
      guard(async () => {
        const { name, ...who } = person;
        const attendance = await actions.walkIn(seminarId, who, destination);
        setAnnouncement({ kind: 'walkedIn', name, code: attendance.registrationCode });
      }),
    [actions, guard, seminarId],
  );

  const undo = useCallback(
    (attendanceId: string, name: string, code: string) =>
      guard(async () => {
        await actions.undoCheckIn(attendanceId);
        setAnnouncement({ kind: 'undone', name, code });
      }),
    [actions, guard],
  );

  return { act, registerWalkIn, undo, announcement };
}
