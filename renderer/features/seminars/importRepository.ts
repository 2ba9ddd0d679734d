// Importing a registration list: first a plan (who is already known, who is new, who is
// already registered, who gets a place and who waits), shown before anything is written; then
// the same plan written in ONE transaction, so a failure leaves nothing half-imported. A list
// says nothing of consent: the officer states the legal basis for keeping these seminar records
// (the paper forms carried a consent, or the desk's public task), or records none.
import { uuidv7 } from '../../../domain/ids';
import { findLikelyDuplicates, type DuplicateReason } from '../../../domain/people/duplicates';
import { personSearchTokens } from '../../../domain/people/personTokens';
import type { RecordInput, StoredRecord } from '../../../domain/records';
import { statusForNewRegistration, type Seat } from '../../../domain/seminars/capacity';
import { generateRegistrationCode } from '../../../domain/seminars/registrationCode';
import type { Registrant } from '../../../domain/seminars/registrationCsv';
import { createRecords } from '../../db/createRecords';
import type { TulayDatabase, WriteContext } from '../../db';
import { duplicateCheck, type DuplicateCheck, type PersonInput } from '../people';
import { seatsOf } from './registrationRepository';
import { KnownError } from '../../../domain/knownError';

/** Only these are sure enough to reuse a person without asking (the rest would need a look). */
const EXACT: readonly DuplicateReason[] = ['sameNameAndBirthDate', 'sameNameAndPhone'];

export interface PlannedRow {
  line: number;
  registrant: Registrant;
  personId: string;
  /** The person is already recorded at the desk (reused, not created). */
  known: boolean;
  /** An earlier row of the same file is the same person. */
  sameAsLine?: number;
  outcome: 'registered' | 'waitlisted' | 'alreadyRegistered';
}

export interface ImportPlan {
  rows: PlannedRow[];
  registered: number;
  waitlisted: number;
  alreadyRegistered: number;
  newPeople: number;
  knownPeople: number;
}

/** The legal basis the officer states for the imported people's seminar records, or none. */
export type ImportBasis = StoredRecord<'consents'>['legalBasis'] | 'none';
export const IMPORT_BASES = ['consent', 'publicTask', 'legalObligation', 'none'] as const;

export interface ListRow {
  line: number;
  registrant: Registrant;
}

function toPersonInput(registrant: Registrant): PersonInput {
  const person: PersonInput & Pick<Registrant, 'destination' | 'occupation'> = { ...registrant };
  delete person.destination;
  delete person.occupation;
  return person;
}

async function knownPerson(check: DuplicateCheck, input: PersonInput) {
  const matches = await check(input);
  return matches.find((m) => EXACT.includes(m.reason))?.person.id;
}

function plannedSeat(id: string, status: Seat['status']): Seat {
  return { id, status, registeredAt: '' };
}

/** What importing the rows would do (reads only). */
export async function planImport(db: TulayDatabase, seminarId: string, list: readonly ListRow[]) {
  const seminar = await db.seminars.get(seminarId);
  if (!seminar) throw new KnownError('sessionMissing');
  const existing = await seatsOf(db, seminarId);
  const seats: Seat[] = [...existing];
  const registeredPeople = new Set(
    existing.filter((s) => s.status !== 'cancelled').map((s) => s.personId),
  );
  const fresh: (PersonInput & { id: string; line: number })[] = [];
  const rows: PlannedRow[] = [];
  // One check for every row: while the search index is built, the people are read once.
  const check = duplicateCheck(db);
  for (const { line, registrant } of list) {
    const input = toPersonInput(registrant);
    const knownId = await knownPerson(check, input);
    const twin = knownId
      ? undefined
      : findLikelyDuplicates(input, fresh).find((m) => EXACT.includes(m.reason))?.person;
    const personId = knownId ?? twin?.id ?? uuidv7();
    if (!knownId && !twin) fresh.push({ ...input, id: personId, line });
    let outcome: PlannedRow['outcome'] = 'alreadyRegistered';
    if (!registeredPeople.has(personId)) {
      outcome = statusForNewRegistration(seats, seminar.capacity);
      seats.push(plannedSeat(personId, outcome));
      registeredPeople.add(personId);
    }
    rows.push({ line, registrant, personId, known: !!knownId, sameAsLine: twin?.line, outcome });
  }
  const count = (outcome: PlannedRow['outcome']) =>
    rows.filter((r) => r.outcome === outcome).length;
  return {
    rows,
    registered: count('registered'),
    waitlisted: count('waitlisted'),
    alreadyRegistered: count('alreadyRegistered'),
    newPeople: fresh.length,
    knownPeople: new Set(rows.filter((r) => r.known).map((r) => r.personId)).size,
  } satisfies ImportPlan;
}

async function peopleWithConsent(db: TulayDatabase, ids: string[]): Promise<Set<string>> {
  const consents = await db.consents.where('personId').anyOf(ids).toArray();
  return new Set(
    consents
      .filter((c) => c.purpose === 'seminarRecords' && !c.withdrawnAt && !c.deletedAt)
      .map((c) => c.personId),
  );
}

function newPeopleOf(rows: readonly PlannedRow[]) {
  const people = new Map<string, RecordInput<'people'> & { id: string }>();
  for (const row of rows) {
    if (row.known || row.sameAsLine !== undefined || people.has(row.personId)) continue;
    const input = toPersonInput(row.registrant);
    people.set(row.personId, {
      ...input,
      id: row.personId,
      searchTokens: personSearchTokens(input),
    });
  }
  return [...people.values()];
}

function attendanceOf(
  rows: readonly PlannedRow[],
  seminarId: string,
  at: string,
  taken: Set<string>,
) {
  return rows.map((row) => {
    const registrationCode = generateRegistrationCode(taken);
    taken.add(registrationCode);
    return {
      seminarId,
      personId: row.personId,
      status: row.outcome as 'registered' | 'waitlisted',
      registrationCode,
      registeredAt: at,
      destination: row.registrant.destination,
      occupation: row.registrant.occupation,
    };
  });
}

/** Imports the rows (all or nothing); returns what was done. */
export async function importRegistrations(
  ctx: WriteContext,
  seminarId: string,
  list: readonly ListRow[],
  basis: ImportBasis,
): Promise<ImportPlan> {
  const { db } = ctx;
  const tables = [db.seminars, db.people, db.attendance, db.consents, db.audit, db.outbox];
  return db.transaction('rw', tables, async () => {
    // Planned again inside the transaction: the database may have changed since the preview.
    const plan = await planImport(db, seminarId, list);
    const at = (ctx.now?.() ?? new Date()).toISOString();
    const taken = new Set((await seatsOf(db, seminarId)).map((s) => s.registrationCode));
    const rows = plan.rows.filter((r) => r.outcome !== 'alreadyRegistered');
    const personIds = [...new Set(rows.map((r) => r.personId))];
    await createRecords(ctx, 'people', newPeopleOf(rows));
    await createRecords(ctx, 'attendance', attendanceOf(rows, seminarId, at, taken));
    if (basis === 'none') return plan;
    const withConsent = await peopleWithConsent(db, personIds);
    await createRecords(
      ctx,
      'consents',
      personIds
        .filter((id) => !withConsent.has(id))
        .map((personId) => ({
          personId,
          purpose: 'seminarRecords' as const,
          legalBasis: basis,
          givenAt: at,
          takenBy: ctx.actor,
        })),
    );
    return plan;
  });
}
