// The blind index's keys (renderer/db/fieldCipher.ts, docs/encryption.md "Blind index"): what a
// prefix query's range holds, word by word, for every length of query.
import { describe, expect, it } from 'vitest';
import { blindPrefixIsOneKey, FieldCipher } from '../../../renderer/db/fieldCipher';
import { testFieldKeys } from './testDatabase';

const WORDS = [
  'fernandez',
  'fernando',
  'fernan',
  'ferrer',
  'fe',
  'delarosa',
  'delara',
  'delacruz',
  'dela',
  'bautista-reyes',
  'bautistareyes',
  'bautistar',
  '9171234567',
  '9171239999',
  'ñuñez',
];

describe('the blind index', () => {
  const cipher = new FieldCipher(testFieldKeys());
  const stored = new Map(WORDS.map((word) => [word, cipher.blindTokens([word])]));

  it('finds, for a query of every length, each word that starts with it, and says when its range is one key', () => {
    for (const word of WORDS) {
      const chars = [...word];
      for (let length = 1; length <= chars.length; length++) {
        const query = chars.slice(0, length).join('');
        const start = cipher.blindPrefix(query);
        const inRange = (key: string) => key.startsWith(start) && key.length > 0;
        const keys = new Set<string>();
        for (const [other, keysOfOther] of stored) {
          const hit = keysOfOther.filter(inRange);
          // Every word that starts with the query is in its range.
          if (other.startsWith(query))
            expect(hit.length, `${other} by ${query}`).toBeGreaterThan(0);
          hit.forEach((key) => keys.add(key));
        }
        // One key: the range's entries come in id order (byBlindTokens relies on it).
        if (blindPrefixIsOneKey(length)) expect([...keys].length, query).toBeLessThanOrEqual(1);
      }
    }
  });

  it('keeps a word of a query between the hashed lengths apart from its neighbours', () => {
    const range = cipher.blindPrefix('delara');
    expect(stored.get('delara')!.some((key) => key.startsWith(range))).toBe(true);
    // "delarosa" shares the hash of "delar" and, with these keys, not the mark of "delara".
    expect(stored.get('delarosa')!.some((key) => key.startsWith(range))).toBe(false);
  });

  it('keeps a whole-token key for a number only, which the duplicate check finds by equality', () => {
    // "fernandez": its prefixes of 1, 2, 3, 5 and 8 characters; no key of the whole name, which
    // no search asks for (every search of names is by prefix).
    expect(stored.get('fernandez')).toHaveLength(5);
    expect(stored.get('fernandez')).not.toContain(cipher.blindExact('fernandez'));
    // A phone number's digits: the same prefixes, and the whole number.
    expect(stored.get('9171234567')).toHaveLength(6);
    expect(stored.get('9171234567')).toContain(cipher.blindExact('9171234567'));
  });

  it('says which query lengths give one key', () => {
    const oneKey = Array.from({ length: 14 }, (_, i) => i + 1).filter(blindPrefixIsOneKey);
    expect(oneKey).toEqual([1, 2, 4, 7, 11, 12, 13, 14]);
  });
});
