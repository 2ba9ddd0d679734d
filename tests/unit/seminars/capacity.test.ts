import { afterEach, describe, expect, it } from 'vitest';
import {
  promotions,
  seatCounts,
  statusForNewRegistration,
  waitlistPosition,
  type Seat,
} from '../../../domain/seminars/capacity';
import type { TulayDatabase } from '../../../renderer/db';
import {
  checkIn,
  undoCheckIn,
  walkIn,
} from '../../../renderer/features/seminars/checkInRepository';
import {
  cancelRegistration,
  registerPerson,
  RegistrationError,
} from '../../../renderer/features/seminars/registrationRepository';
import { updateSeminar } from '../../../renderer/features/seminars/seminarRepository';
import { freshDatabase } from '../db/testDatabase';
import { createPeople, createSession, tickingWriter } from './seminarFixture';

const seat = (
  id: string,
  status: Seat['status'],
  registeredAt: string,
  checkedInAt?: string,
): Seat => ({
  id,
  status,
  registeredAt,
  checkedInAt,
});

describe('capacity and the waitlist (pure rules)', () => {
  const seats = [
    seat('a', 'registered', '2026-03-01T08:00:00Z', '2026-03-14T01:05:00Z'),
    seat('b', 'registered', '2026-03-01T08:01:00Z'),
    seat('c', 'cancelled', '2026-03-01T08:02:00Z'),
    seat('w2', 'waitlisted', '2026-03-01T09:00:00Z'),
    seat('w1', 'waitlisted', '2026-03-01T08:30:00Z'),
  ];

  it('counts who is present, who holds a place and who waits; cancelled ones free their place', () => {
    expect(seatCounts(seats, 3)).toEqual({
      present: 1,
      registered: 2,
      waitlisted: 2,
      capacity: 3,
      free: 1,
      overCapacity: false,
    });
    expect(seatCounts(seats, 1)).toMatchObject({ free: 0, overCapacity: true });
  });

  it('gives a new registration a free place, else the end of the waitlist', () => {
    expect(statusForNewRegistration(seats, 3)).toBe('registered');
    expect(statusForNewRegistration(seats, 2)).toBe('waitlisted');
  });

  it('promotes the waitlist first come, first served, only as many as there are free places', () => {
    expect(promotions(seats, 3)).toEqual(['w1']);
    expect(promotions(seats, 10)).toEqual(['w1', 'w2']);
    expect(promotions(seats, 2)).toEqual([]);
    expect(waitlistPosition(seats, 'w2')).toBe(2);
    expect(waitlistPosition(seats, 'a')).toBeNull();
  });

  it('breaks a tie in registration time by id (the order rows were imported in)', () => {
    const tied = [
      seat('x2', 'waitlisted', '2026-03-01T08:00:00Z'),
      seat('x1', 'waitlisted', '2026-03-01T08:00:00Z'),
    ];
    expect(promotions(tied, 1)).toEqual(['x1']);
  });
});

describe('registrations, cancellations and check-ins (repositories)', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('fills the places, then waitlists, and moves the waitlist up in order when someone cancels', async () => {
    db = await freshDatabase();
    const ctx = tickingWriter(db);
    const session = await createSession(ctx, 2);
    const people = await createPeople(ctx, 5);
    const regs = [];
    for (const person of people) regs.push(await registerPerson(ctx, session.id, person.id));
    expect(regs.map((r) => r.status)).toEqual([
      'registered',
      'registered',
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ]);

    expect(await cancelRegistration(ctx, regs[0]!.id)).toEqual([regs[2]!.id]);
    const after = await db.attendance.bulkGet(regs.map((r) => r.id));
    expect(after.map((a) => a!.status)).toEqual([
      'cancelled',
      'registered',
      'registered',
      'waitlisted',
      'waitlisted',
    ]);

    // Raising the capacity gives both new places to the next two, in order.
    const promoted = await updateSeminar(ctx, session.id, { ...session, capacity: 4 });
    expect(promoted).toEqual([regs[3]!.id, regs[4]!.id]);
  });

  it('writes the seminar-records consent once per person, and refuses a second registration', async () => {
    db = await freshDatabase();
    const ctx = tickingWriter(db);
    const [first, second] = [await createSession(ctx, 10), await createSession(ctx, 10)];
    const [person] = await createPeople(ctx, 1);
    await registerPerson(ctx, first.id, person!.id);
    await registerPerson(ctx, second.id, person!.id);
    const consents = await db.consents.where('personId').equals(person!.id).toArray();
    expect(consents).toEqual([
      expect.objectContaining({
        purpose: 'seminarRecords',
        legalBasis: 'consent',
        takenBy: 'staff-1',
      }),
    ]);
    await expect(registerPerson(ctx, first.id, person!.id)).rejects.toThrow(RegistrationError);
  });

  it('lets a walk-in in over capacity, and undoing that check-in cancels the walk-in', async () => {
    db = await freshDatabase();
    const ctx = tickingWriter(db);
    const session = await createSession(ctx, 1);
    const [regular, waiting] = await createPeople(ctx, 2);
    await registerPerson(ctx, session.id, regular!.id);
    const wait = await registerPerson(ctx, session.id, waiting!.id);
    expect(wait.status).toBe('waitlisted');

    const door = await walkIn(ctx, session.id, { givenName: 'Carmen', familyName: 'Lopez' });
    expect(door).toMatchObject({ status: 'registered', walkIn: true });
    expect(door.checkedInAt).toBeDefined();
    await undoCheckIn(ctx, door.id);
    expect(await db.attendance.get(door.id)).toMatchObject({
      status: 'cancelled',
      checkedInAt: undefined,
    });
    expect((await db.attendance.get(wait.id))!.status).toBe('waitlisted'); // still no free place
  });

  it('checks in once; a waitlisted person at the door gets in; undo leaves them registered', async () => {
    db = await freshDatabase();
    const ctx = tickingWriter(db);
    const session = await createSession(ctx, 1);
    const [a, b] = await createPeople(ctx, 2);
    const first = await registerPerson(ctx, session.id, a!.id);
    const once = await checkIn(ctx, first.id);
    expect((await checkIn(ctx, first.id)).checkedInAt).toBe(once.checkedInAt);
    const waiting = await registerPerson(ctx, session.id, b!.id);
    expect((await checkIn(ctx, waiting.id)).status).toBe('registered');
    await undoCheckIn(ctx, first.id);
    expect(await db.attendance.get(first.id)).toMatchObject({
      status: 'registered',
      checkedInAt: undefined,
    });
  });

  it('undoing the check-in of someone let in from the waitlist puts them back at their place in line', async () => {
    db = await freshDatabase();
    const ctx = tickingWriter(db);
    const session = await createSession(ctx, 2);
    const people = await createPeople(ctx, 5);
    const regs = [];
    for (const person of people) regs.push(await registerPerson(ctx, session.id, person.id));
    const [, second, w1, w2, w3] = regs;
    const state = async () => {
      const seats = (await db.attendance.where('seminarId').equals(session.id).toArray()).map(
        (a) => ({ ...a, deletedAt: a.deletedAt ?? undefined }),
      );
      return {
        counts: seatCounts(seats, 2),
        line: [w1, w2, w3].map((w) => waitlistPosition(seats, w!.id)),
      };
    };
    const before = await state();
    expect(before.line).toEqual([1, 2, 3]);

    // The facilitator lets the second in line in at the door: 3 / 2, over capacity.
    await checkIn(ctx, w2!.id);
    expect((await state()).counts).toMatchObject({ registered: 3, overCapacity: true });
    // A mistake: undone, the session is exactly as it was, the queue included.
    await undoCheckIn(ctx, w2!.id);
    expect(await state()).toEqual(before);
    expect(await db.attendance.get(w2!.id)).toMatchObject({
      status: 'waitlisted',
      checkedInAt: undefined,
      admittedFromWaitlist: undefined,
    });

    // Let in again; meanwhile a registered person cancels (no place frees: 2 / 2). The undo
    // frees one, and it goes to the first in line, not to the person whose check-in is undone.
    await checkIn(ctx, w2!.id);
    await cancelRegistration(ctx, second!.id);
    await undoCheckIn(ctx, w2!.id);
    const after = await state();
    expect(after.counts).toMatchObject({ registered: 2, waitlisted: 2, overCapacity: false });
    expect((await db.attendance.get(w1!.id))!.status).toBe('registered');
    expect(after.line).toEqual([null, 1, 2]);
  });
});
