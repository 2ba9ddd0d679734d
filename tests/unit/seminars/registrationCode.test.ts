import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  generateRegistrationCode,
  isCodePrefix,
  isRegistrationCode,
  normaliseCode,
} from '../../../domain/seminars/registrationCode';

describe('registration codes', () => {
  it('are four characters, never with a vowel or a look-alike, always with a digit', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const code = generateRegistrationCode(taken);
      expect(code).toMatch(/^[BCDFGHJKMNPQRSTVWXZ2-9]{4}$/);
      expect(code).toMatch(/[2-9]/);
      expect(taken.has(code)).toBe(false);
      taken.add(code);
    }
    expect(CODE_ALPHABET).not.toMatch(/[AEIOUL01]/);
  });

  it('skips codes already taken in the session', () => {
    const sequence = [0, 0, 0, 26 / 27, 0.5, 0.5, 0.5, 26 / 27];
    let i = 0;
    const random = () => sequence[i++ % sequence.length]!;
    const first = generateRegistrationCode(new Set(), random);
    expect(generateRegistrationCode(new Set([first]), random)).not.toBe(first);
  });

  it('reads a code however it is typed, and tells a code from a name', () => {
    expect(normaliseCode(' k7m-x ')).toBe('K7MX');
    expect(isRegistrationCode('k7mx')).toBe(true);
    expect(isRegistrationCode('MARK')).toBe(false); // no digit: a name
    expect(isCodePrefix('k7')).toBe(true);
    expect(isCodePrefix('0917')).toBe(false); // a phone number
  });
});
