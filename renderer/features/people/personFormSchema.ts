// The person form (the picker's "new person" and the person page's edit form): the person
// record's own zod schema, with empty inputs read as "not given", no birth date in the future and
// no letters in a phone number.
import { z } from 'zod';
import { localDay } from '../../../domain/localDay';
import { phoneOrBlankSchema } from '../../../domain/people/phone';
import { isoDate, personSchema } from '../../../domain/records';
import type { PersonInput } from './peopleRepository';

/** An empty input means "not given"; toPersonInput turns it into undefined. */
const orEmpty = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]);

export const personFormSchema = personSchema
  .pick({ givenName: true, familyName: true, sex: true })
  .extend({
    middleName: orEmpty(personSchema.shape.middleName),
    birthDate: orEmpty(isoDate),
    phone: phoneOrBlankSchema,
    barangay: orEmpty(personSchema.shape.barangay),
    city: orEmpty(personSchema.shape.city),
  })
  .refine((person) => !person.birthDate || person.birthDate <= localDay(), {
    message: 'people:errors.birthDateFuture',
    path: ['birthDate'],
  });

/** What the form's inputs hold: text, empty when not given. */
export type PersonFormValues = z.input<typeof personFormSchema>;
export type PersonFormOutput = z.output<typeof personFormSchema>;

export const emptyPersonForm = (): PersonFormValues => ({
  givenName: '',
  middleName: '',
  familyName: '',
  sex: 'unknown',
  birthDate: '',
  phone: '',
  barangay: '',
  city: '',
});

/** The form's values for a stored person (for editing). */
export function personFormValues(person: Partial<PersonInput>): PersonFormValues {
  return {
    ...emptyPersonForm(),
    givenName: person.givenName ?? '',
    middleName: person.middleName ?? '',
    familyName: person.familyName ?? '',
    sex: person.sex ?? 'unknown',
    birthDate: person.birthDate ?? '',
    phone: person.phone ?? '',
    barangay: person.barangay ?? '',
    city: person.city ?? '',
  };
}

/** Cleared optional fields become undefined, so an edit can remove a phone number. */
export function toPersonInput(values: PersonFormOutput): PersonInput {
  return {
    givenName: values.givenName,
    middleName: values.middleName || undefined,
    familyName: values.familyName,
    sex: values.sex,
    birthDate: values.birthDate || undefined,
    phone: values.phone || undefined,
    barangay: values.barangay || undefined,
    city: values.city || undefined,
  };
}
