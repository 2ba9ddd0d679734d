import { afterEach, describe, expect, it } from 'vitest';
import {
  assignCertificateNumbers,
  formatCertificateNumber,
} from '../../../domain/seminars/certificateNumber';
import type { TulayDatabase } from '../../../renderer/db';
import {
  CertificateError,
  issueCertificates,
} from '../../../renderer/features/seminars/certificateRepository';
import { checkIn, undoCheckIn } from '../../../renderer/features/seminars/checkInRepository';
import { registerPerson } from '../../../renderer/features/seminars/registrationRepository';
import { freshDatabase } from '../db/testDatabase';
import { createPeople, createSession, tickingWriter } from './seminarFixture';

describe('certificate numbers (pure rules)', () => {
  it('look like the desk prefix, CERT, the year and a five-digit sequence', () => {
    expect(formatCertificateNumber('LGZ', 2026, 42)).toBe('LGZ-CERT-2026-00042');
  });

  it('continue after the counter, skip numbers already taken, and keep existing ones', () => {
    const result = assignCertificateNumbers(
      [{ id: 'a' }, { id: 'b', certificateNumber: 'LGZ-CERT-2026-00001' }, { id: 'c' }],
      { prefix: 'LGZ', year: 2026, lastSequence: 3, taken: new Set(['LGZ-CERT-2026-00005']) },
    );
    expect([...result.numbers]).toEqual([
      ['a', 'LGZ-CERT-2026-00004'],
      ['c', 'LGZ-CERT-2026-00006'],
    ]);
    expect(result.lastSequence).toBe(6);
  });
});

describe('issuing certificates', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  async function sessionWithAttendees(
    ctx: ReturnType<typeof tickingWriter>,
    present: number,
    // Held the day before the writer's clock starts: certificates can be issued.
    startsAt = '2026-03-01T01:00:00Z',
  ) {
    const session = await createSession(ctx, 50, startsAt);
    const people = await createPeople(ctx, present + 1);
    const regs = [];
    for (const person of people) regs.push(await registerPerson(ctx, session.id, person.id));
    for (const reg of regs.slice(0, present)) await checkIn(ctx, reg.id);
    return { session, regs, people };
  }

  it('numbers only those present, by family name, uniquely across the desk, and never twice', async () => {
    db = await freshDatabase();
    const ctx = tickingWriter(db);
    const first = await sessionWithAttendees(ctx, 3);
    await issueCertificates(ctx, 'LGZ', first.session.id);
    const numbered = (await db.attendance.where('seminarId').equals(first.session.id).toArray())
      .filter((a) => a.certificateNumber)
      .map((a) => a.certificateNumber)
      .sort();
    expect(numbered).toEqual(['LGZ-CERT-2026-00001', 'LGZ-CERT-2026-00002', 'LGZ-CERT-2026-00003']);
    const people = new Map(first.people.map((p) => [p.id, p]));
    const byNumber = (await db.attendance.where('seminarId').equals(first.session.id).toArray())
      .filter((a) => a.certificateNumber)
      .sort((a, b) => a.certificateNumber!.localeCompare(b.certificateNumber!))
      .map((a) => people.get(a.personId)!.familyName);
    expect(byNumber).toEqual([...byNumber].sort((a, b) => a.localeCompare(b)));

    // Printing again changes nothing; a second session continues the desk's sequence.
    await issueCertificates(ctx, 'LGZ', first.session.id);
    expect(await db.attendance.filter((a) => !!a.certificateNumber).count()).toBe(3);
    const second = await sessionWithAttendees(ctx, 2);
    await issueCertificates(ctx, 'LGZ', second.session.id);
    const all = (await db.attendance.toArray()).flatMap((a) => a.certificateNumber ?? []);
    expect(new Set(all).size).toBe(5);
    expect(all).toContain('LGZ-CERT-2026-00005');
  });

  it('issues one certificate alone, keeps its number after an undone check-in, and restarts each year', async () => {
    db = await freshDatabase();
    const ctx = tickingWriter(db);
    const { session, regs } = await sessionWithAttendees(ctx, 2);
    await issueCertificates(ctx, 'LGZ', session.id, regs[1]!.id);
    expect((await db.attendance.get(regs[1]!.id))!.certificateNumber).toBe('LGZ-CERT-2026-00001');
    expect((await db.attendance.get(regs[0]!.id))!.certificateNumber).toBeUndefined();

    await undoCheckIn(ctx, regs[1]!.id);
    await checkIn(ctx, regs[1]!.id);
    await issueCertificates(ctx, 'LGZ', session.id);
    expect((await db.attendance.get(regs[1]!.id))!.certificateNumber).toBe('LGZ-CERT-2026-00001');
    expect((await db.attendance.get(regs[0]!.id))!.certificateNumber).toBe('LGZ-CERT-2026-00002');

    const january = tickingWriter(db, '2027-01-21T08:00:00Z');
    const nextYear = await sessionWithAttendees(january, 1, '2027-01-20T01:00:00Z');
    await issueCertificates(january, 'LGZ', nextYear.session.id);
    expect((await db.attendance.get(nextYear.regs[0]!.id))!.certificateNumber).toBe(
      'LGZ-CERT-2027-00001',
    );
  });

  it('issues none before the day of the session, and issues them on the day', async () => {
    db = await freshDatabase();
    const early = tickingWriter(db, '2026-03-02T08:00:00Z');
    const { session } = await sessionWithAttendees(early, 2, '2026-03-14T04:00:00Z');
    const error = await issueCertificates(early, 'LGZ', session.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CertificateError);
    expect(error).toMatchObject({ problem: 'beforeSession' });
    expect(await db.attendance.filter((a) => !!a.certificateNumber).count()).toBe(0);

    const onTheDay = tickingWriter(db, '2026-03-14T04:00:00Z');
    await issueCertificates(onTheDay, 'LGZ', session.id);
    expect(await db.attendance.filter((a) => !!a.certificateNumber).count()).toBe(2);
  });
});
