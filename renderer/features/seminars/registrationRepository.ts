// Registrations: a person takes a free place or joins the waitlist, gets a short code, and
// their consent to keep seminar records is written with the registration. When a
// place frees up, the waitlist moves up in order, in the same transaction.
import { promotions, statusForNewRegistration } from '../../../domain/seminars/capacity';
import { generateRegistrationCode } from '../../../domain/seminars/registrationCode';
import { createRecord, updateRecord, type TulayDatabase, type WriteContext } from '../../db';
import type { Attendance } from './seminarTypes';

export class RegistrationError extends Error {
  constructor(readonly problem: 'alreadyRegistered' | 'sessionNotFound' | 'notFound') {
    super(problem);
    this.name = 'RegistrationError';
  }
}

export interface RegisterOptions {
  destination?: string | undefined;
  /** At the door: registered and checked in in one step, even when the session is full. */
  walkIn?: boolean;
}

/** The session's registrations, including cancelled ones (not deleted). */
export async function seatsOf(db: TulayDatabase, seminarId: string): Promise<Attendance[]> {
  const all = await db.attendance.where('seminarId').equals(seminarId).toArray();
  return all.filter((a) => !a.deletedAt);
}

/** Writes a "seminar records" consent unless the person already has one in force. */
export async function ensureSeminarConsent(ctx: WriteContext, personId: string, at: string) {
  const consents = await ctx.db.consents.where('personId').equals(personId).toArray();
  const inForce = consents.some(
    (c) => c.purpose === 'seminarRecords' && !c.withdrawnAt && !c.deletedAt,
  );
  if (inForce) return;
  await createRecord(ctx, 'consents', {
    personId,
    purpose: 'seminarRecords',
    legalBasis: 'consent',
    givenAt: at,
    takenBy: ctx.actor,
  });
}

export async function registerPerson(
  ctx: WriteContext,
  seminarId: string,
  personId: string,
  options: RegisterOptions = {},
): Promise<Attendance> {
  const { db } = ctx;
  const tables = [db.seminars, db.attendance, db.consents, db.audit, db.outbox];
  return db.transaction('rw', tables, async () => {
    const seminar = await db.seminars.get(seminarId);
    if (!seminar || seminar.deletedAt) throw new RegistrationError('sessionNotFound');
    const seats = await seatsOf(db, seminarId);
    if (seats.some((s) => s.personId === personId && s.status !== 'cancelled'))
      throw new RegistrationError('alreadyRegistered');
    const at = (ctx.now?.() ?? new Date()).toISOString();
    const attendance = await createRecord(ctx, 'attendance', {
      seminarId,
      personId,
      status: options.walkIn ? 'registered' : statusForNewRegistration(seats, seminar.capacity),
      registrationCode: generateRegistrationCode(new Set(seats.map((s) => s.registrationCode))),
      registeredAt: at,
      checkedInAt: options.walkIn ? at : undefined,
      walkIn: options.walkIn || undefined,
      destination: options.destination,
    });
    await ensureSeminarConsent(ctx, personId, at);
    return attendance;
  });
}

/** Gives free places to the waitlist, in order; returns the ids that got a place. */
export async function promoteWaitlist(ctx: WriteContext, seminarId: string): Promise<string[]> {
  const seminar = await ctx.db.seminars.get(seminarId);
  if (!seminar) return [];
  const ids = promotions(await seatsOf(ctx.db, seminarId), seminar.capacity);
  for (const id of ids) await updateRecord(ctx, 'attendance', id, { status: 'registered' });
  return ids;
}

/** Cancels a registration; returns the ids that left the waitlist for the freed place. */
export async function cancelRegistration(ctx: WriteContext, attendanceId: string) {
  const { db } = ctx;
  return db.transaction('rw', [db.seminars, db.attendance, db.audit, db.outbox], async () => {
    const attendance = await db.attendance.get(attendanceId);
    if (!attendance || attendance.deletedAt) throw new RegistrationError('notFound');
    if (attendance.status === 'cancelled') return [];
    await updateRecord(ctx, 'attendance', attendanceId, {
      status: 'cancelled',
      checkedInAt: undefined,
      admittedFromWaitlist: undefined,
    });
    return promoteWaitlist(ctx, attendance.seminarId);
  });
}

/** Records where the person intends to work or live. */
export async function setDestination(
  ctx: WriteContext,
  attendanceId: string,
  destination: string | undefined,
) {
  await updateRecord(ctx, 'attendance', attendanceId, { destination });
}
