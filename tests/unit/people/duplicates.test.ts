import { afterEach, describe, expect, it } from 'vitest';
import { editDistance, findLikelyDuplicates } from '../../../domain/people/duplicates';
import type { TulayDatabase } from '../../../renderer/db';
import { createPerson, likelyDuplicates } from '../../../renderer/features/people';
import { freshDatabase, writer } from '../db/testDatabase';

const juan = {
  id: 'p1',
  givenName: 'Juan',
  familyName: 'Dela Cruz',
  birthDate: '1990-05-01',
  phone: '0917 111 2222',
};

describe('duplicate detection', () => {
  it('flags the same normalised name with the same birth date, even written differently', () => {
    const candidate = { givenName: 'JUAN', familyName: 'de la Cruz', birthDate: '1990-05-01' };
    expect(findLikelyDuplicates(candidate, [juan])).toEqual([
      { person: juan, reason: 'sameNameAndBirthDate' },
    ]);
  });

  it('flags the same name with the same phone typed another way', () => {
    const candidate = { givenName: 'Juan', familyName: 'Delacruz', phone: '+63 917 111 2222' };
    expect(findLikelyDuplicates(candidate, [juan])[0]?.reason).toBe('sameNameAndPhone');
  });

  it('flags a close spelling (one or two letters off)', () => {
    expect(
      findLikelyDuplicates({ givenName: 'Juan', familyName: 'Dela Crus' }, [juan])[0]?.reason,
    ).toBe('similarName');
    expect(
      findLikelyDuplicates({ givenName: 'Jaun', familyName: 'Dela Cruz' }, [juan])[0]?.reason,
    ).toBe('similarName');
  });

  it('does not flag a different person', () => {
    expect(
      findLikelyDuplicates({ givenName: 'Pedro', familyName: 'Santos', phone: '0918 000 0000' }, [
        juan,
      ]),
    ).toEqual([]);
  });

  it('measures edit distance and stops early past the limit', () => {
    expect(editDistance('delacruz', 'delacrus')).toBe(1);
    expect(editDistance('maria', 'mario')).toBe(1);
    expect(editDistance('santos', 'reyes')).toBeGreaterThan(2);
  });
});

describe('likelyDuplicates on the database', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('finds the stored person before a second "Juan De la Cruz" is created', async () => {
    db = await freshDatabase();
    const stored = await createPerson(writer(db), juan);
    await createPerson(writer(db), { givenName: 'Ana', familyName: 'Reyes' });
    const found = await likelyDuplicates(db, {
      givenName: 'Juan',
      familyName: 'De La Cruz',
      birthDate: '1990-05-01',
    });
    expect(found.map((f) => [f.person.id, f.reason])).toEqual([
      [stored.id, 'sameNameAndBirthDate'],
    ]);
  });
});
