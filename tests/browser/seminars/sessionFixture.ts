// A set-up desk with a seminar session and registrations, on its own database, for the
// seminars browser tests. Registrations are imported in one transaction (fast even for 200).
import type { Language } from '../../../domain/records';
import type { Registrant } from '../../../domain/seminars/registrationCsv';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { createPerson } from '../../../renderer/features/people';
import { importRegistrations } from '../../../renderer/features/seminars/importRepository';
import { createSeminar } from '../../../renderer/features/seminars/seminarRepository';
import { setUpDesk } from '../deskFixture';

const GIVEN = ['Maria', 'Jose', 'Ana', 'Pedro', 'Rosa', 'Juan', 'Liza', 'Ramon', 'Nena', 'Carlo'];
const FAMILY = [
  'Santos',
  'Reyes',
  'Bautista',
  'Garcia',
  'Mendoza',
  'Torres',
  'Flores',
  'Villanueva',
];

/** Distinct names: "Maria Santos", then "Maria Santos Abad" … for larger lists. */
export function registrant(i: number): Registrant {
  const suffix =
    i >= GIVEN.length * FAMILY.length ? ` ${String.fromCharCode(65 + (i % 26))}bad${i}` : '';
  return {
    givenName: GIVEN[i % GIVEN.length]!,
    familyName: `${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!}${suffix}`,
    sex: i % 2 === 0 ? 'female' : 'male',
    destination: ['SA', 'AE', 'QA', 'HK'][i % 4],
  };
}

export async function deskWithSession(options: {
  registrations: number;
  capacity?: number;
  startsAt?: string;
  /** The session's language, in which its certificates are printed. */
  language?: Language;
  /** Registered after the generated ones. */
  more?: Registrant[];
}) {
  const { databaseName, staffId } = await setUpDesk();
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const ctx = { db, actor: staffId };
  const seminar = await createSeminar(ctx, {
    type: 'pdos',
    title: 'PDOS for household workers',
    startsAt: options.startsAt ?? new Date(Date.now() + 3600_000).toISOString(),
    venue: 'Legazpi City Hall, Session Hall',
    facilitators: ['Liza Bautista'],
    language: options.language ?? 'en',
    capacity: options.capacity ?? 60,
  });
  const list = [
    ...Array.from({ length: options.registrations }, (_, i) => registrant(i)),
    ...(options.more ?? []),
  ].map((one, i) => ({ line: i + 2, registrant: one }));
  await importRegistrations(ctx, seminar.id, list, 'consent');
  // Known to the desk (from a case), not registered for this session.
  const known = await createPerson(ctx, {
    givenName: 'Gloria',
    familyName: 'Macaraeg',
    phone: '0917 444 5555',
  });
  const attendance = await db.attendance.where('seminarId').equals(seminar.id).toArray();
  const people = new Map((await db.people.toArray()).map((p) => [p.id, p]));
  db.close();
  return { databaseName, seminar, attendance, people, known };
}
