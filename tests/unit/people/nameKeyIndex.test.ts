import { describe, expect, it } from 'vitest';
import { duplicateNameKey, editDistance } from '../../../domain/people/duplicates';
import { NameKeyIndex } from '../../../domain/people/nameKeyIndex';

const key = (givenName: string, familyName: string) => duplicateNameKey({ givenName, familyName });

describe('the name keys of the duplicate check', () => {
  it('finds the same name and names a letter or two off, the nearest first', () => {
    const index = new NameKeyIndex();
    index.set('a', key('Juan', 'Dela Cruz'));
    index.set('b', key('Juan', 'de la Cruz'));
    index.set('c', key('Juana', 'Dela Cruz'));
    index.set('d', key('Jaun', 'Dela Cruz'));
    index.set('e', key('Pedro', 'Santos'));
    const found = index.near(key('JUAN', 'Delacruz'));
    expect(found.same.sort()).toEqual(['a', 'b']);
    // Juana is one letter off; Jaun two (a swap is two edits).
    expect(found.close).toEqual(['c', 'd']);
  });

  it('follows a rename and a deletion', () => {
    const index = new NameKeyIndex();
    index.set('a', key('Ana', 'Reyes'));
    index.set('b', key('Ana', 'Reyes'));
    index.set('a', key('Ana', 'Bautista'));
    expect(index.near(key('Ana', 'Reyes')).same).toEqual(['b']);
    index.set('b', null);
    expect(index.near(key('Ana', 'Reyes'))).toEqual({ same: [], close: [] });
    expect(index.near(key('Ana', 'Bautista')).same).toEqual(['a']);
    expect(index.size).toBe(1);
  });

  it('compares every name, not the first few hundred that share a prefix', () => {
    const index = new NameKeyIndex();
    for (let i = 0; i < 20_000; i++) index.set(`p${i}`, key(`Maria${i}`, 'Dela Cruz'));
    index.set('twin', key('Maria', 'Dela Cruz'));
    expect(index.near(key('Maria', 'Dela Cruz')).same).toEqual(['twin']);
  });
});

describe('edit distance', () => {
  it('gives the distance up to the limit, and one past it beyond', () => {
    expect(editDistance('mariadelacruz', 'mariadelacruz')).toBe(0);
    expect(editDistance('mariadelacruz', 'mariadelacrus')).toBe(1);
    expect(editDistance('juandelacruz', 'jaundelacruz')).toBe(2);
    expect(editDistance('', 'ab')).toBe(2);
    expect(editDistance('santos', 'reyes')).toBe(3);
    // A longer name than the reused rows hold.
    expect(editDistance('a'.repeat(100), `${'a'.repeat(99)}b`)).toBe(1);
  });
});
