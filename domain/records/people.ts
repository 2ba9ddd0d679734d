// People the desk serves, and the household links between them.
import { z } from 'zod';
import { anonymisedAt } from './cases';
import { isoDate, optionalText, requiredText, sensitive } from './meta';

export const sexSchema = z.enum(['female', 'male', 'other', 'unknown']);

export const personSchema = z.object({
  /** Generated sample data: shown as such and removable in one step. Never synced. */
  sample: z.boolean().optional(),
  givenName: requiredText(120),
  middleName: optionalText(120),
  familyName: requiredText(120),
  sex: sexSchema.default('unknown'),
  birthDate: sensitive(isoDate.optional()),
  phone: optionalText(40),
  email: z.email({ message: 'errors.email' }).optional(),
  barangay: optionalText(120),
  city: optionalText(120),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  idNumbers: sensitive(optionalText(200)),
  notes: sensitive(optionalText(4000)),
  /** Normalised name and phone tokens for prefix search (docs/architecture.md, search). */
  searchTokens: z.array(z.string()).default([]),
  anonymisedAt,
});
export type Person = z.infer<typeof personSchema>;

export const relationshipSchema = z.enum(['spouse', 'child', 'parent', 'sibling', 'other']);
export const householdLinkSchema = z
  .object({
    sample: z.boolean().optional(),
    personId: z.string().min(1),
    relatedPersonId: z.string().min(1),
    /** What relatedPerson is to person: "child" means relatedPerson is person's child. */
    relationship: relationshipSchema,
  })
  .refine((link) => link.personId !== link.relatedPersonId, {
    message: 'errors.selfLink',
    path: ['relatedPersonId'],
  });
