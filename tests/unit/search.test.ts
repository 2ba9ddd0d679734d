import { describe, expect, it } from 'vitest';
import {
  foldText,
  joinedNameTokens,
  nameTokens,
  phoneEndingToken,
  phoneEndingTokens,
  phoneTokens,
  queryTokens,
  referenceTokens,
} from '../../domain/search/normalize';

/** Does every query token prefix some record token? (what the index range does) */
const matches = (recordTokens: string[], query: string) =>
  queryTokens(query).every((q) => recordTokens.some((t) => t.startsWith(q)));

describe('search normalisation', () => {
  it('folds case, accents and ñ', () => {
    expect(foldText('Peña Muñoz, José')).toBe('pena munoz jose');
    expect(foldText('  SANTOS-Ibañez ')).toBe('santos ibanez');
  });

  it.each(['dela Cruz', 'De la Cruz', 'delacruz', 'DELA CRUZ', 'de la', 'dela', 'cruz'])(
    'finds Maria Dela Cruz by "%s"',
    (query) => {
      expect(matches(nameTokens('Maria Dela Cruz'), query)).toBe(true);
      expect(matches(nameTokens('Maria De la Cruz'), query)).toBe(true);
    },
  );

  it('joins chains of particles: "de los Santos", "San Juan", "Abu Bakr"', () => {
    expect(nameTokens('Pedro de los Santos')).toEqual(['pedro', 'delossantos', 'santos']);
    expect(matches(nameTokens('Pedro de los Santos'), 'delossantos')).toBe(true);
    expect(matches(nameTokens('Rosa San Juan'), 'sanjuan')).toBe(true);
    expect(matches(nameTokens('Fátima Abu Bakr'), 'fatima abu')).toBe(true);
  });

  it('finds "De la Cruz" and "De los Santos" while the particles are still being typed', () => {
    expect(queryTokens('De l Mi')).toEqual(['del', 'mi']);
    for (const query of ['de l', 'De l Mi', 'mi de l', 'de la c']) {
      expect(matches(nameTokens('Michelle De la Cruz'), query)).toBe(true);
    }
    expect(matches(nameTokens('Miguel De los Santos'), 'De lo Mi')).toBe(true);
    // A finished word after the particles still counts on its own.
    expect(queryTokens('de la cruz')).toEqual(['delacruz', 'cruz']);
    expect(matches(nameTokens('Michelle De la Cruz'), 'De l Jo')).toBe(false);
  });

  it('does not match a different person', () => {
    expect(matches(nameTokens('Maria Dela Cruz'), 'dela rosa')).toBe(false);
    expect(matches(nameTokens('Maria Dela Cruz'), 'mario')).toBe(false);
  });

  it('finds a Philippine mobile number however it is typed', () => {
    const tokens = phoneTokens('+63 917 123 4567');
    for (const query of ['0917 123 4567', '0917-123', '+63917', '917 1234', '63 917 123']) {
      expect(matches(tokens, query), query).toBe(true);
    }
    expect(matches(phoneTokens('0917 123 4567'), '+63 917 123')).toBe(true);
    expect(matches(tokens, '0918')).toBe(false);
  });

  it('finds a Spanish number with or without its country code', () => {
    const tokens = phoneTokens('+34 612 34 56 78');
    expect(matches(tokens, '612 345')).toBe(true);
    expect(matches(tokens, '+34 612')).toBe(true);
  });

  it('finds a number by its last digits, and only by its last digits', () => {
    /** Does a backwards-digits token start with the query's ending (what the index range does)? */
    const endsWith = (phone: string, query: string) => {
      const ending = phoneEndingToken(query);
      return ending !== null && phoneEndingTokens(phone).some((t) => t.startsWith(ending));
    };
    for (const query of ['0142', '555 0142', '5550142', '918-555-0142', '+63 918 555 0142'])
      expect(endsWith('+63 918 555 0142', query), query).toBe(true);
    expect(endsWith('0918 555 0142', '0142')).toBe(true);
    // In the middle of the number, or a different ending: not this one.
    expect(endsWith('+63 918 555 0142', '5550')).toBe(false);
    expect(endsWith('+63 918 555 0143', '0142')).toBe(false);
    // Too few digits to mean a number, or not a number at all.
    expect(phoneEndingToken('142')).toBeNull();
    expect(phoneEndingToken('Maria 0142')).toBeNull();
    expect(phoneEndingToken('LGZ-2026')).toBeNull();
  });

  it('keeps a name written with a hyphen as one word as well as its parts', () => {
    expect(joinedNameTokens('Jun-jun Peñaflor')).toEqual(['junjun']);
    expect(joinedNameTokens('Mary-Ann  Dela Cruz-Reyes')).toEqual(['maryann', 'cruzreyes']);
    expect(joinedNameTokens('Maria Dela Cruz')).toEqual([]);
  });

  it('finds a case by its full reference, by part of it, or by its sequence number', () => {
    const tokens = referenceTokens('LGZ-2026-000123');
    for (const query of ['LGZ-2026-000123', 'lgz-2026-0001', 'LGZ 2026', '123']) {
      expect(matches(tokens, query), query).toBe(true);
    }
    expect(matches(tokens, 'LGZ-2025')).toBe(false);
  });
});
