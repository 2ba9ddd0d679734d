// The duplicate check on real IndexedDB, among thousands of people called like the new one: the
// true duplicate is found wherever it stands among them (it was missed past the first 500).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../../domain/localDay';
import { personSearchTokens } from '../../../domain/people/personTokens';
import {
  createDatabase,
  createRecords,
  openDatabase,
  warmSearchIndexes,
  type TulayDatabase,
} from '../../../renderer/db';
import { likelyDuplicates } from '../../../renderer/features/people';
import { planImport } from '../../../renderer/features/seminars/importRepository';
import { createSeminar } from '../../../renderer/features/seminars/seminarRepository';

const CROWD = 6_000;
/** The same "Maria Dela Cruz" recorded first, in the middle and last (born on other days). */
const TWINS = [
  { position: 0, birthDate: '1991-03-14' },
  { position: CROWD / 2, birthDate: '1992-07-01' },
  { position: CROWD, birthDate: '1993-11-30' },
] as const;
const PHONE = { givenName: 'Teresita', familyName: 'Malabanan', phone: '0917 555 0142' };

/** Thousands of "Maria …" and "… Dela Cruz", born 1960–1976, with the twins among them. */
function crowd() {
  const given = ['Maria', 'Mariah', 'Marian', 'Maria Luisa', 'Marie'];
  const family = ['Dela Cruz', 'De la Cruz', 'Delacruz', 'Dela Rosa', 'Del Rosario'];
  const people: { givenName: string; familyName: string; birthDate?: string; phone?: string }[] =
    Array.from({ length: CROWD }, (_, i) => {
      const day = localDay(new Date(1960, 0, 1), i);
      return { givenName: given[i % 5]!, familyName: family[(i >> 3) % 5]!, birthDate: day };
    });
  people.splice(CROWD / 2, 0, PHONE);
  for (const twin of TWINS) {
    people.splice(twin.position + 1, 0, {
      givenName: 'Maria',
      familyName: 'Dela Cruz',
      birthDate: twin.birthDate,
    });
  }
  return people.map((p) => ({ ...p, searchTokens: personSearchTokens(p) }));
}

let db: TulayDatabase;
const twinIds = new Map<string, string>();

beforeAll(async () => {
  db = createDatabase(`tulay-duplicates-${Date.now()}`);
  await openDatabase(db);
  // Written in chunks, oldest first, as the desk recorded them over the years.
  const people = crowd();
  for (let i = 0; i < people.length; i += 2_000) {
    const written = await createRecords(
      { db, actor: 'staff-1' },
      'people',
      people.slice(i, i + 2_000),
    );
    for (const p of written)
      if (p.givenName === 'Maria' && p.familyName === 'Dela Cruz' && p.birthDate! > '1990')
        twinIds.set(p.birthDate!, p.id);
  }
}, 60_000);
afterAll(() => db.close());

async function expectEveryTwinFound() {
  for (const { birthDate } of TWINS) {
    const found = await likelyDuplicates(db, {
      givenName: 'MARIA',
      familyName: 'de la Cruz',
      birthDate,
    });
    expect(found[0]).toMatchObject({
      person: { id: twinIds.get(birthDate) },
      reason: 'sameNameAndBirthDate',
    });
    expect(found.filter((m) => m.reason === 'sameNameAndBirthDate')).toHaveLength(1);
  }
}

describe('the duplicate check among thousands of similar names', () => {
  it('finds the same name and birth date first, in the middle or last, before the index is built', async () => {
    await expectEveryTwinFound();
  });

  it('finds them from the in-memory index once it is built', async () => {
    await warmSearchIndexes(db);
    await expectEveryTwinFound();
  });

  it('finds the same phone number typed another way', async () => {
    const found = await likelyDuplicates(db, {
      givenName: 'Tess',
      familyName: 'Malabanan-Reyes',
      phone: '+63 917 555 0142',
    });
    expect(found.map((m) => [m.person.givenName, m.reason])).toEqual([['Teresita', 'samePhone']]);
  });

  it('lets a registration import reuse the person, not create a second one', async () => {
    const seminar = await createSeminar(
      { db, actor: 'staff-1' },
      {
        type: 'pdos',
        title: 'PDOS for household workers',
        startsAt: new Date(Date.now() + 3600_000).toISOString(),
        facilitators: [],
        language: 'en',
        capacity: 30,
      },
    );
    const plan = await planImport(
      db,
      seminar.id,
      TWINS.map(({ birthDate }, i) => ({
        line: i + 2,
        registrant: { givenName: 'Maria', familyName: 'Dela Cruz', sex: 'female', birthDate },
      })),
    );
    expect(plan.newPeople).toBe(0);
    expect(plan.rows.map((r) => r.personId)).toEqual(TWINS.map((t) => twinIds.get(t.birthDate)));
  });
});
