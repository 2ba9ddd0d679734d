// Certificates are numbered when they are first printed, not at check-in: an undone check-in
// then leaves no gap in the desk's numbering. Numbers follow the order the certificates are
// printed in (attendees by family name) and are never given twice, even across sessions. None
// is issued before the day of the session.
import { certificatesOpen } from '../../../domain/seminars/certificateDay';
import {
  assignCertificateNumbers,
  certificateCounterKey,
} from '../../../domain/seminars/certificateNumber';
import { updateRecord, type TulayDatabase, type WriteContext } from '../../db';
import { readSetting, writeSetting } from '../settings';
import type { Person } from '../people';
import { byFamilyName } from './personOrder';
import type { Attendance } from './seminarTypes';

export class CertificateError extends Error {
  constructor(readonly problem: 'beforeSession') {
    super(problem);
    this.name = 'CertificateError';
  }
}

export const attended = (a: Attendance) =>
  !a.deletedAt && a.status === 'registered' && !!a.checkedInAt;

async function numbersTaken(db: TulayDatabase, stem: string): Promise<Set<string>> {
  // No index on certificateNumber yet: one pass over attendance, a few thousand rows a year.
  const taken = new Set<string>();
  await db.attendance.each((a) => {
    if (a.certificateNumber?.startsWith(stem)) taken.add(a.certificateNumber);
  });
  return taken;
}

/**
 * Gives a certificate number to every attendee of the session (or only `attendanceId`) that
 * has none yet, in one transaction with the desk's counter.
 */
export async function issueCertificates(
  ctx: WriteContext,
  prefix: string,
  seminarId: string,
  attendanceId?: string,
) {
  const { db } = ctx;
  const tables = [db.seminars, db.attendance, db.people, db.settings, db.audit, db.outbox];
  await db.transaction('rw', tables, async () => {
    const seminar = await db.seminars.get(seminarId);
    if (!seminar) return;
    if (!certificatesOpen(seminar.startsAt, ctx.now?.() ?? new Date()))
      throw new CertificateError('beforeSession');
    const rows = await db.attendance.where('seminarId').equals(seminarId).toArray();
    const candidates = rows.filter(
      (a) => attended(a) && !a.certificateNumber && (!attendanceId || a.id === attendanceId),
    );
    const people = await db.people.bulkGet(candidates.map((a) => a.personId));
    const due = candidates
      .map((attendance, i) => ({ attendance, person: people[i] }))
      .filter((d): d is { attendance: Attendance; person: Person } => !!d.person)
      .sort((a, b) => byFamilyName(a.person, b.person))
      .map((d) => d.attendance);
    if (due.length === 0) return;
    const year = new Date(seminar.startsAt).getFullYear();
    const key = certificateCounterKey(year);
    const { numbers, lastSequence } = assignCertificateNumbers(due, {
      prefix,
      year,
      lastSequence: (await readSetting<number>(db, key)) ?? 0,
      taken: await numbersTaken(db, `${prefix}-CERT-${year}-`),
    });
    const at = (ctx.now?.() ?? new Date()).toISOString();
    for (const [id, certificateNumber] of numbers) {
      await updateRecord(ctx, 'attendance', id, { certificateNumber, certificateIssuedAt: at });
    }
    await writeSetting(ctx, key, lastSequence);
  });
}
