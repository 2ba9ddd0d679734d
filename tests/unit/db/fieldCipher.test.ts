// The blind index's keys (renderer/db/fieldCipher.ts, docs/encryption.md "Blind index"): what a
// prefix query's range holds, word by word, for every length of query.
import { describe, expect, it } from 'vitest';
import { FieldCipher, isCurrentBlindForm } from '../../../renderer/db/fieldCipher';
import { fixedFieldKeys, testFieldKeys } from './testDatabase';

const WORDS = [
  'fernandez',
  'fernando',
  'fernan',
  'ferrer',
  'fe',
  'f',
  'delarosa',
  'delara',
  'delacruz',
  'dela',
  'bautista-reyes',
  'bautistareyes',
  'bautistar',
  'mercado-villanueva',
  'mercado-villanuevas',
  '9171234567',
  '9171239999',
  '09171234567',
  'ñuñez',
  'lgz202600042',
];

describe('the blind index', () => {
  const cipher = new FieldCipher(testFieldKeys());
  const stored = new Map(WORDS.map((word) => [word, cipher.blindTokens([word])]));

  it('stores one key a token, in a form that tells its version and holds no plain text', () => {
    for (const [word, keys] of stored) {
      expect(keys, word).toHaveLength(1);
      expect(isCurrentBlindForm(keys), word).toBe(true);
      if (word.length >= 4) expect(keys[0]!.toLowerCase()).not.toContain(word.slice(0, 4));
    }
    // A row of an older version: a hash of 14 characters (and marks), no "." in it.
    expect(isCurrentBlindForm(['dGhpcyBpcyBub3Q', 'dGhpcyBpcyBub3Qx'])).toBe(false);
    // The same token, the same key; a sealed row's keys sorted and without repeats.
    expect(cipher.blindTokens(['dela', 'cruz', 'dela'])).toEqual(
      [cipher.blindExact('cruz'), cipher.blindExact('dela')].sort(),
    );
  });

  it('finds, for a query of every length, each word that starts with it', () => {
    for (const word of WORDS) {
      const chars = [...word];
      for (let length = 1; length <= chars.length + 2; length++) {
        const query = chars.slice(0, length).join('') + 'zq'.slice(0, length - chars.length);
        const start = cipher.blindPrefix(query);
        for (const [other, [key]] of stored) {
          // Every word that starts with the query is in its range.
          if (other.startsWith(query))
            expect(key!.startsWith(start), `${other} by ${query}`).toBe(true);
        }
      }
    }
  });

  it('keeps words apart from the second character on', () => {
    // Under fixed keys: under a random one, a 6-bit mark is shared by two neighbours ("delara"
    // and "delaro") once in 64, and the range then holds both, by design.
    const cipher = new FieldCipher(fixedFieldKeys());
    const stored = new Map(WORDS.map((word) => [word, cipher.blindTokens([word])]));
    const inRange = (query: string) =>
      WORDS.filter((word) => stored.get(word)![0]!.startsWith(cipher.blindPrefix(query)));
    expect(inRange('delara')).toEqual(['delara']);
    expect(inRange('dela')).toEqual(['delarosa', 'delara', 'delacruz', 'dela']);
    expect(inRange('fer')).toEqual(['fernandez', 'fernando', 'fernan', 'ferrer']);
    expect(inRange('fernand')).toEqual(['fernandez', 'fernando']);
    expect(inRange('fernandez')).toEqual(['fernandez']);
    expect(inRange('917123')).toEqual(['9171234567', '9171239999']);
    // Past 12 characters the key says no more: the caller checks the decrypted tokens.
    expect(inRange('mercado-villanuevas')).toEqual(['mercado-villanueva', 'mercado-villanuevas']);
  });

  it('finds a whole token by equality, and only it', () => {
    for (const [word, [key]] of stored) {
      expect(cipher.blindExact(word)).toBe(key);
      for (const other of WORDS)
        if (other !== word) expect(cipher.blindExact(other), `${other} ≠ ${word}`).not.toBe(key);
    }
  });
});
