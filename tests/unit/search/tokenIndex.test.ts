import { describe, expect, it } from 'vitest';
import { personSearchTokens } from '../../../domain/people/personTokens';
import { queryTokens } from '../../../domain/search/normalize';
import { TokenIndex } from '../../../domain/search/tokenIndex';

// Ids sort by creation, as uuidv7 ids do: p1 is the oldest.
function index(people: Record<string, [given: string, family: string, phone?: string]>) {
  const idx = new TokenIndex();
  for (const [id, [givenName, familyName, phone]] of Object.entries(people)) {
    idx.set(id, personSearchTokens({ givenName, familyName, phone }));
  }
  return idx;
}

const search = (idx: TokenIndex, query: string, limit = 50) =>
  idx.search(queryTokens(query), limit);

describe('the in-memory token index', () => {
  const desk = () =>
    index({
      p1: ['Maria', 'Dela Cruz'],
      p2: ['Jose', 'Dela Cruz', '0917 123 4567'],
      p3: ['Maria', 'Santos'],
      p4: ['Marites', 'Dela Rosa'],
      p5: ['Shiela', 'Bautista'],
      p6: ['Juan', 'Bautista'],
    });

  it('finds the records every typed word starts a name of, newest first', () => {
    const idx = desk();
    expect(search(idx, 'ma dela')).toEqual(['p4', 'p1']);
    expect(search(idx, 'cruz ma')).toEqual(['p1']);
    expect(search(idx, 'De la Cruz')).toEqual(['p2', 'p1']);
    expect(search(idx, 'baut sh')).toEqual(['p5']);
    expect(search(idx, 'santos jo')).toEqual([]);
    expect(search(idx, 'zz')).toEqual([]);
  });

  it('lists a record once even when several of its names start with the word', () => {
    const idx = index({ p1: ['Mara', 'Marquez'] });
    expect(search(idx, 'mar')).toEqual(['p1']);
  });

  it('stops at the limit, keeping the newest', () => {
    expect(search(desk(), 'ma', 2)).toEqual(['p4', 'p3']);
  });

  it('leaves phone numbers to the database', () => {
    const idx = desk();
    expect(search(idx, '0917 123')).toBeNull();
    expect(idx.search([], 10)).toBeNull();
  });

  it("keeps the people's phone numbers in the form a search asks, and their endings", () => {
    const idx = new TokenIndex({ withPhones: true });
    idx.set(
      'p1',
      personSearchTokens({ givenName: 'Jose', familyName: 'Cruz', phone: '0917 123 4567' }),
    );
    idx.set(
      'p2',
      personSearchTokens({ givenName: 'Ana', familyName: 'Lim', phone: '+63 917 123 9999' }),
    );
    idx.set(
      'p3',
      personSearchTokens({ givenName: 'Rosa', familyName: 'Reyes', phone: '0918 555 4567' }),
    );
    // "0917 123" and "+63 917 123" are both asked as 917123.
    expect(search(idx, '0917 123')).toEqual(['p2', 'p1']);
    expect(search(idx, '+63 917 123 4')).toEqual(['p1']);
    expect(idx.search(['~7654'], 10)).toEqual(['p3', 'p1']);
    expect(search(idx, 'jose 917')).toEqual(['p1']);
    // Only the stored form a query can start with: what starts with 0 or 63 asks the database.
    expect(idx.search(['0917'], 10)).toBeNull();
    expect(idx.search(['639'], 10)).toBeNull();
    expect(idx.search(['6'], 10)).toBeNull();
    idx.set('p1', null);
    expect(search(idx, '0917 123')).toEqual(['p2']);
  });

  it('follows changes made after the first search', () => {
    const idx = desk();
    expect(search(idx, 'bautista')).toEqual(['p6', 'p5']);
    idx.set('p6', personSearchTokens({ givenName: 'Juan', familyName: 'Abad' }));
    idx.set('p7', personSearchTokens({ givenName: 'Zenaida', familyName: 'Bautista' }));
    idx.set('p1', null);
    expect(search(idx, 'bautista')).toEqual(['p7', 'p5']);
    expect(search(idx, 'abad')).toEqual(['p6']);
    expect(search(idx, 'zen')).toEqual(['p7']);
    expect(search(idx, 'maria')).toEqual(['p3']);
    expect(idx.size).toBe(6);
  });

  it('takes an older record renamed to a common name in and out again', () => {
    const idx = desk();
    idx.set('p2', personSearchTokens({ givenName: 'Jose', familyName: 'Bautista' }));
    expect(search(idx, 'bautista')).toEqual(['p6', 'p5', 'p2']);
    idx.set('p5', null);
    idx.set('p2', personSearchTokens({ givenName: 'Jose', familyName: 'Dela Cruz' }));
    expect(search(idx, 'bautista')).toEqual(['p6']);
    expect(search(idx, 'jose')).toEqual(['p2']);
  });

  it('forgets a token no record holds any more', () => {
    const idx = desk();
    expect(search(idx, 'shiela')).toEqual(['p5']);
    idx.set('p5', personSearchTokens({ givenName: 'Sheila', familyName: 'Bautista' }));
    expect(search(idx, 'shiel')).toEqual([]);
    expect(search(idx, 'sheila')).toEqual(['p5']);
  });

  it('finds names in any script', () => {
    const idx = index({ p1: ['فاطمة', 'الزهراء'], p2: ['Ñoño', 'Peña'] });
    expect(search(idx, 'فاط')).toEqual(['p1']);
    expect(search(idx, 'pena nono')).toEqual(['p2']);
  });
});
