// A client handout for a service, written by the desk per language: a client
// leaves with a page they can read, so a language without text is never filled with English.
import { z } from 'zod';
import { LANGUAGES, languageSchema, type Language } from './desk';
import { optionalText } from './meta';

const listItem = z
  .string()
  .trim()
  .min(1, { message: 'errors.required' })
  .max(1000, { message: 'errors.tooLong' });

export const handoutContentSchema = z.object({
  title: optionalText(200),
  summary: optionalText(4000),
  /** Points the reader must not miss, e.g. the warning signs of illegal recruitment. */
  keyPoints: z.array(listItem).default([]),
  eligibility: optionalText(2000),
  documents: z.array(listItem).default([]),
  steps: z.array(listItem).default([]),
  whereToApply: optionalText(2000),
  notes: optionalText(4000),
});
export type HandoutContent = z.output<typeof handoutContentSchema>;
export type HandoutContentInput = z.input<typeof handoutContentSchema>;

/** Handout text per language; a language the desk has not written is simply absent. */
export const handoutsSchema = z.partialRecord(languageSchema, handoutContentSchema);
export type Handouts = z.output<typeof handoutsSchema>;

/** The text sections of a handout, in the order the sheet prints them. */
export const HANDOUT_SECTIONS = [
  'summary',
  'keyPoints',
  'eligibility',
  'documents',
  'steps',
  'whereToApply',
  'notes',
] as const;
export type HandoutSection = (typeof HANDOUT_SECTIONS)[number];

/** True when the handout has any text at all in this language. */
export function hasHandoutContent(content: HandoutContentInput | undefined): boolean {
  if (!content) return false;
  return Object.values(content).some((value) =>
    Array.isArray(value)
      ? value.some((item) => String(item).trim() !== '')
      : typeof value === 'string' && value.trim() !== '',
  );
}

/** The languages the desk has written this handout in, in Tulay's language order. */
export function handoutLanguages(
  content: Partial<Record<string, HandoutContentInput>>,
): Language[] {
  return LANGUAGES.filter((lng) => hasHandoutContent(content[lng]));
}
