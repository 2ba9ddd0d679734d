// Removing sample data on a real IndexedDB, after an officer practised with it: a sample person
// registered for a real seminar must leave no registration behind, and a removal that fails
// half-way must leave the desk exactly as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, openDatabase, saveDraft, type TulayDatabase } from '../../../renderer/db';
import { createPerson } from '../../../renderer/features/people';
import { registerPerson } from '../../../renderer/features/seminars/registrationRepository';
import { createSeminar } from '../../../renderer/features/seminars/seminarRepository';
import {
  loadSampleData,
  readSampleSummary,
  removeSampleData,
} from '../../../renderer/features/settings/sampleData';
import { setUpDesk } from '../deskFixture';

let db: TulayDatabase | undefined;
afterEach(() => db?.close());

/** A desk with sample data, and a real seminar of one place: a sample person holds it. */
async function deskAfterPractice() {
  const { databaseName, staffId } = await setUpDesk();
  db = createDatabase(databaseName);
  await openDatabase(db);
  const ctx = { db, actor: staffId };
  await loadSampleData(ctx, { presetId: 'ofw-ph', referencePrefix: 'LGZ' }, { cases: 30, seed: 7 });
  const samplePerson = (await db.people.toArray()).find((p) => p.sample)!;
  const seminar = await createSeminar(ctx, {
    type: 'pdos',
    title: 'PDOS for household workers',
    startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    facilitators: [],
    language: 'en',
    capacity: 1,
  });
  const real = await createPerson(ctx, { givenName: 'Gloria', familyName: 'Macaraeg' });
  const practice = await registerPerson(ctx, seminar.id, samplePerson.id);
  const waiting = await registerPerson(ctx, seminar.id, real.id);
  // An intake left half-typed for the sample person.
  await saveDraft(db, 'intake', { values: { clientId: samplePerson.id, ofwId: null } });
  return { ctx, samplePerson, seminar, real, practice, waiting };
}

async function snapshot(database: TulayDatabase) {
  const tables: Record<string, unknown[]> = {};
  for (const table of database.tables) tables[table.name] = await table.toArray();
  return tables;
}

describe('removing sample data', () => {
  it('leaves no registration, consent or trail of a removed person in a real seminar', async () => {
    const { ctx, samplePerson, seminar, real, practice, waiting } = await deskAfterPractice();
    expect(practice.status).toBe('registered');
    expect(waiting.status).toBe('waitlisted');

    await removeSampleData(ctx);
    const database = ctx.db;

    expect(await database.people.get(samplePerson.id)).toBeUndefined();
    const people = new Set(await database.people.toCollection().primaryKeys());
    const cases = new Set(await database.cases.toCollection().primaryKeys());
    const seats = await database.attendance.toArray();
    expect(seats.map((s) => [s.personId, s.status])).toEqual([[real.id, 'registered']]);
    expect(await database.seminars.get(seminar.id)).toBeDefined();
    for (const consent of await database.consents.toArray()) {
      expect(people.has(consent.personId)).toBe(true);
    }
    for (const link of await database.households.toArray()) {
      expect(people.has(link.personId) && people.has(link.relatedPersonId)).toBe(true);
    }
    for (const event of await database.caseEvents.toArray()) {
      expect(cases.has(event.caseId)).toBe(true);
    }
    expect(await database.drafts.get('intake')).toBeUndefined();
    const trail = [...(await database.audit.toArray()), ...(await database.outbox.toArray())];
    expect(
      trail.filter((e) => e.recordId === practice.id || e.recordId === samplePerson.id),
    ).toEqual([]);
    // The waitlisted person moving up is a real change: audited and queued.
    const moved = await database.audit
      .where({ table: 'attendance', recordId: waiting.id })
      .toArray();
    expect(moved.map((a) => a.action)).toEqual(['create', 'update']);
    expect(await readSampleSummary(database)).toBeNull();
  });

  it('changes nothing when it fails half-way', async () => {
    const { ctx } = await deskAfterPractice();
    const before = await snapshot(ctx.db);
    // The last step, deleting the sample people, is refused by the database.
    const refuse = () => {
      throw new Error('The disk is full.');
    };
    ctx.db.people.hook('deleting', refuse);

    await expect(removeSampleData(ctx)).rejects.toThrow('The disk is full.');

    ctx.db.people.hook('deleting').unsubscribe(refuse);
    expect(await snapshot(ctx.db)).toEqual(before);
  });
});
