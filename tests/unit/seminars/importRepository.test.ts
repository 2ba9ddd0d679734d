import { afterEach, describe, expect, it } from 'vitest';
import type { Registrant } from '../../../domain/seminars/registrationCsv';
import type { TulayDatabase } from '../../../renderer/db';
import { createPerson } from '../../../renderer/features/people';
import {
  importRegistrations,
  planImport,
} from '../../../renderer/features/seminars/importRepository';
import { registerPerson } from '../../../renderer/features/seminars/registrationRepository';
import { freshDatabase } from '../db/testDatabase';
import { createSession, tickingWriter } from './seminarFixture';

const row = (
  line: number,
  registrant: Partial<Registrant> & Pick<Registrant, 'givenName' | 'familyName'>,
) => ({
  line,
  registrant: { sex: 'unknown' as const, ...registrant },
});

describe('importing a registration list', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('reuses exact matches, creates the rest once, waitlists beyond capacity, in one go', async () => {
    db = await freshDatabase();
    const ctx = tickingWriter(db);
    const session = await createSession(ctx, 3);
    const known = await createPerson(ctx, {
      givenName: 'Maria',
      familyName: 'Dela Cruz',
      birthDate: '1994-07-21',
    });
    const alreadyIn = await createPerson(ctx, {
      givenName: 'Jose',
      familyName: 'Rizal',
      phone: '0917 111 2222',
    });
    await registerPerson(ctx, session.id, alreadyIn.id);
    const list = [
      row(2, {
        givenName: 'MARIA',
        familyName: 'de la Cruz',
        birthDate: '1994-07-21',
        destination: 'SA',
        occupation: 'Caregiver',
      }),
      row(3, { givenName: 'Jose', familyName: 'Rizal', phone: '+63 917 111 2222' }),
      row(4, { givenName: 'Ana', familyName: 'Santos', phone: '0918 000 0001' }),
      row(5, { givenName: 'Ana', familyName: 'Santos', phone: '0918 000 0001' }),
      row(6, { givenName: 'Pedro', familyName: 'Reyes', destination: 'QA' }),
    ];
    const plan = await planImport(db, session.id, list);
    expect(plan.rows.map((r) => [r.line, r.known, r.outcome, r.sameAsLine])).toEqual([
      [2, true, 'registered', undefined],
      [3, true, 'alreadyRegistered', undefined],
      [4, false, 'registered', undefined],
      [5, false, 'alreadyRegistered', 4],
      [6, false, 'waitlisted', undefined],
    ]);
    expect(plan).toMatchObject({ registered: 2, waitlisted: 1, newPeople: 2, knownPeople: 2 });
    expect(await db.attendance.count()).toBe(1); // planning writes nothing

    await importRegistrations(ctx, session.id, list, 'consent');
    const attendance = await db.attendance.where('seminarId').equals(session.id).toArray();
    expect(attendance).toHaveLength(4);
    expect(attendance.find((a) => a.personId === known.id)).toMatchObject({
      status: 'registered',
      destination: 'SA',
      occupation: 'Caregiver',
    });
    expect(await db.people.count()).toBe(4); // Maria, Jose, Ana (once), Pedro
    expect(new Set(attendance.map((a) => a.registrationCode)).size).toBe(4);
    const consents = await db.consents.toArray();
    expect(consents.every((c) => c.purpose === 'seminarRecords')).toBe(true);
    expect(new Set(consents.map((c) => c.personId)).size).toBe(consents.length);
  });

  it('writes nothing at all when one row cannot be saved', async () => {
    db = await freshDatabase();
    const ctx = tickingWriter(db);
    const session = await createSession(ctx, 10);
    const before = { people: await db.people.count(), audit: await db.audit.count() };
    const list = [
      row(2, { givenName: 'Ana', familyName: 'Santos' }),
      // A row the CSV check would have stopped: the record schema refuses it inside the import.
      row(3, { givenName: 'Bad', familyName: 'Date', birthDate: '21/07/1994' }),
    ];
    await expect(importRegistrations(ctx, session.id, list, 'consent')).rejects.toThrow();
    expect(await db.people.count()).toBe(before.people);
    expect(await db.attendance.count()).toBe(0);
    expect(await db.consents.count()).toBe(0);
    expect(await db.audit.count()).toBe(before.audit);
  });

  it('writes the legal basis the officer stated, and no consent at all when they record none', async () => {
    db = await freshDatabase();
    const ctx = tickingWriter(db);
    const session = await createSession(ctx, 10);
    await importRegistrations(
      ctx,
      session.id,
      [row(2, { givenName: 'Ana', familyName: 'Cruz' })],
      'none',
    );
    expect(await db.attendance.count()).toBe(1);
    expect(await db.consents.count()).toBe(0);

    await importRegistrations(
      ctx,
      session.id,
      [row(2, { givenName: 'Rosa', familyName: 'Lim', occupation: 'Nurse' })],
      'publicTask',
    );
    const consents = await db.consents.toArray();
    expect(consents.map((c) => [c.purpose, c.legalBasis])).toEqual([
      ['seminarRecords', 'publicTask'],
    ]);
    const rosa = await db.people.get(consents[0]!.personId);
    expect(rosa).toMatchObject({ givenName: 'Rosa' });
    expect(rosa).not.toHaveProperty('occupation');
  });
});
