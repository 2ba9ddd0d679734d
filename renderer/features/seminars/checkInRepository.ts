// The door: check-in, its undo, and the walk-in who is registered and checked in at once.
import { updateRecord, type WriteContext } from '../../db';
import { createPerson, type PersonInput } from '../people';
import { promoteWaitlist, registerPerson, RegistrationError } from './registrationRepository';
import type { Attendance } from './seminarTypes';

/**
 * Checks a registration in. Someone on the waitlist who comes to the door gets in: the
 * facilitator decides at the door. Checking in twice changes nothing.
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
    });
  });
}

/**
 * Undoes a mistaken check-in. A walk-in's registration was made by that same mistake, so it
 * is cancelled too (and its place goes to the waitlist).
 */
export async function undoCheckIn(ctx: WriteContext, attendanceId: string) {
  const { db } = ctx;
  await db.transaction('rw', [db.seminars, db.attendance, db.audit, db.outbox], async () => {
    const attendance = await db.attendance.get(attendanceId);
    if (!attendance || !attendance.checkedInAt) return;
    await updateRecord(ctx, 'attendance', attendanceId, {
      checkedInAt: undefined,
      ...(attendance.walkIn ? { status: 'cancelled' as const } : {}),
    });
    if (attendance.walkIn) await promoteWaitlist(ctx, attendance.seminarId);
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
