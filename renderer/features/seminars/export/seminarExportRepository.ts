// Reads what a seminar export writes: the sessions (all of them, or one), their registrations
// (attendees by family name, as the roster lists them) and the attendees' names, a page of
// sessions at a time so that the progress moves and a cancel is heard between pages.
import { fullName } from '../../../../domain/people/personTokens';
import type { TulayDatabase } from '../../../db';
import type { ReportProgress } from '../../../ui/export/useExportRun';
import { yieldToPage } from '../../../ui/export/useExportRun';
import type { Person } from '../../people';
import { byFamilyName } from '../personOrder';
import type { Attendance, Seminar } from '../seminarTypes';

const PAGE = 100;

export interface SeminarExportData {
  seminars: Seminar[];
  attendance: Attendance[];
  names: Map<string, string>;
}

async function sessionsOf(db: TulayDatabase, seminarId: string | null) {
  if (seminarId) {
    const one = await db.seminars.get(seminarId);
    return one && !one.deletedAt ? [one] : [];
  }
  return (await db.seminars.orderBy('startsAt').toArray()).filter((s) => !s.deletedAt);
}

/** One page of sessions: their live registrations, attendees by family name. */
async function readPage(db: TulayDatabase, page: readonly Seminar[], into: SeminarExportData) {
  const rows = (
    await db.attendance
      .where('seminarId')
      .anyOf(page.map((s) => s.id))
      .toArray()
  ).filter((a) => !a.deletedAt);
  const people = await db.people.bulkGet(rows.map((a) => a.personId));
  const personOf = new Map<string, Person>();
  people.forEach((p) => p && personOf.set(p.id, p));
  const known = rows.filter((a) => personOf.has(a.personId));
  known.sort((a, b) => byFamilyName(personOf.get(a.personId)!, personOf.get(b.personId)!));
  for (const person of personOf.values()) into.names.set(person.id, fullName(person));
  into.attendance.push(...known);
}

/** The sessions in date order (`seminarId` alone, or every session) with their attendance. */
export async function readSeminarExport(
  db: TulayDatabase,
  seminarId: string | null,
  progress: ReportProgress,
  signal?: AbortSignal,
): Promise<SeminarExportData> {
  const seminars = await sessionsOf(db, seminarId);
  const data: SeminarExportData = { seminars, attendance: [], names: new Map() };
  for (let start = 0; start < seminars.length; start += PAGE) {
    await readPage(db, seminars.slice(start, start + PAGE), data);
    progress(Math.min(start + PAGE, seminars.length), seminars.length);
    await yieldToPage();
    signal?.throwIfAborted();
  }
  return data;
}
