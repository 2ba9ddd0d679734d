// A phone number as officers type it: digits, with the spaces, "+", "-" and brackets that
// numbers are written with ("+63 917 123 4567", "(02) 8123-4567"). Letters ("0917-CALL-ME")
// are refused: nobody can dial them, and the number could not be found by its digits.
import { z } from 'zod';

const PHONE_CHARACTERS = /^[\d\s+()-]+$/;
/** Fewer digits than this is not a number anyone can call (local numbers have seven). */
const MIN_DIGITS = 4;

export function isPhoneNumber(text: string): boolean {
  const trimmed = text.trim();
  return PHONE_CHARACTERS.test(trimmed) && trimmed.replace(/\D/g, '').length >= MIN_DIGITS;
}

/** A typed phone number; messages are i18n keys of the common namespace. */
export const phoneNumberSchema = z
  .string()
  .trim()
  .max(40, { message: 'errors.tooLong' })
  .refine(isPhoneNumber, { message: 'errors.phone' });

/** A phone number or nothing: a blank input means "not given". */
export const phoneOrBlankSchema = z
  .string()
  .trim()
  .pipe(z.union([z.literal(''), phoneNumberSchema]));
