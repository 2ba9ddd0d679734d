// The door: check-in, its undo, and the walk-in who is registered and checked in at once.
import { updateRecord, type WriteContext } from '../../db';
import { createPerson, type PersonInput } from '../people';
import { promoteWaitlist, registerPerson, RegistrationError } from './registrationRepository';
import type { Attendance } from './seminarTypes';

/**
 * Checks a registration in. Someone on the waitlist who comes to the door gets in: the
 * facilitator decides at the door (and the registration remembers it, for an undo). Checking in
 * twice changes nothing.
 */
export async function checkIn(ctx: WriteContext, attendanceId: string): Promise<Attendance> {
  const { db } = ctx;
  return db.transaction('rw', [db.attendance, db.audit, db.outbox], async () => {
    const attendance = await db.attendance.get(attendanceId);
    if (!attendance || attendance.deletedAt || attendance.status === 'cancelled')
      throw new RegistrationError('notFound');
    if (attendance.checkedInAt) return attendance;
    return updateRecord(ctx, 'attendance', attendanceId, {
      status: 'registered',
      checkedInAt: (ctx.now?.() ?? new Date()).toISOString(),
      ...(attendance.status === 'waitlisted' ? { admittedFromWaitlist: true } : {}),
    });
  });
}

/** What undoing a check-in leaves: the registration as it was before the door. */
function beforeTheDoor(attendance: Attendance) {
  // A walk-in's registration was made by that same mistake.
  if (attendance.walkIn) return { status: 'cancelled' as const };
  // Back in line at the place their registration time gives them.
  if (attendance.admittedFromWaitlist)
    return { status: 'waitlisted' as const, admittedFromWaitlist: undefined };
  return {};
}

/**
 * Undoes a mistaken check-in, restoring the registration as it was: a walk-in's is cancelled,
 * someone let in from the waitlist goes back to their place in line. A place that frees goes to
 * the first in line, as it would have without the mistake.
 */
export async function undoCheckIn(ctx: WriteContext, attendanceId: string) {
  const { db } = ctx;
  await db.transaction('rw', [db.seminars, db.attendance, db.audit, db.outbox], async () => {
    const attendance = await db.attendance.get(attendanceId);
    if (!attendance || !attendance.checkedInAt) return;
    const restored = beforeTheDoor(attendance);
    await updateRecord(ctx, 'attendance', attendanceId, { checkedInAt: undefined, ...restored });
    if (restored.status) await promoteWaitlist(ctx, attendance.seminarId);
  });
}

/**
 * A walk-in: a known person (by id) or a new one, registered and checked in at once. A known
 * person who turns out to be registered already is simply checked in.
 */
export async function walkIn(
  ctx: WriteContext,
  seminarId: string,
  person: { id: string } | PersonInput,
  destination?: string,
): Promise<Attendance> {
  const { db } = ctx;
  const tables = [db.people, db.seminars, db.attendance, db.consents, db.audit, db.outbox];
  return db.transaction('rw', tables, async () => {
    if ('id' in person) {
      const existing = await db.attendance
        .where('[seminarId+personId]')
        .equals([seminarId, person.id])
        .filter((a) => !a.deletedAt && a.status !== 'cancelled')
        .first();
      if (existing) return checkIn(ctx, existing.id);
    }
    const personId = 'id' in person ? person.id : (await createPerson(ctx, person)).id;
    return registerPerson(ctx, seminarId, personId, { destination, walkIn: true });
  });
}
