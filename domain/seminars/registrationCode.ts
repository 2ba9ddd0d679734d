// Registration codes: printed on a confirmation or read out over the phone, typed at the door.
// Four characters without vowels (a code never spells a word or the start of a name) and
// without the look-alikes 0/O, 1/I/L, and always with a digit, so that at the check-in a code
// and a name can never be mistaken for one another.

import { KnownError } from '../knownError';

export const CODE_ALPHABET = 'BCDFGHJKMNPQRSTVWXZ23456789';
export const CODE_LENGTH = 4;
const DIGITS = /[2-9]/;

/** What someone typed, as a code would be stored: upper case, no spaces or dashes. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** Could this (typed) text be a whole registration code? */
export function isRegistrationCode(typed: string): boolean {
  const code = normaliseCode(typed);
  return (
    code.length === CODE_LENGTH &&
    DIGITS.test(code) &&
    [...code].every((c) => CODE_ALPHABET.includes(c))
  );
}

/** Could this typed text be the start of a code (it has a digit and only code characters)? */
export function isCodePrefix(typed: string): boolean {
  const code = normaliseCode(typed);
  return (
    code.length > 0 &&
    code.length <= CODE_LENGTH &&
    DIGITS.test(code) &&
    [...code].every((c) => CODE_ALPHABET.includes(c))
  );
}

/** A new code that is not in `taken` (the codes of the same session). */
export function generateRegistrationCode(
  taken: ReadonlySet<string>,
  random: () => number = Math.random,
): string {
  const pick = () => CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length)]!;
  // 400 000 codes with a digit; a session has a few hundred at most, so this ends quickly.
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const code = Array.from({ length: CODE_LENGTH }, pick).join('');
    if (DIGITS.test(code) && !taken.has(code)) return code;
  }
  throw new KnownError('registrationCodesExhausted');
}
