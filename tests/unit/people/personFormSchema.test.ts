import { describe, expect, it } from 'vitest';
import {
  emptyPersonForm,
  personFormSchema,
  toPersonInput,
} from '../../../renderer/features/people/personFormSchema';

const messages = (values: object): Record<string, string> => {
  const result = personFormSchema.safeParse({ ...emptyPersonForm(), ...values });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe('personFormSchema', () => {
  it('asks for the given and family names with translatable message keys', () => {
    expect(messages({})).toEqual({ givenName: 'errors.required', familyName: 'errors.required' });
  });

  it('refuses a birth date in the future', () => {
    expect(messages({ givenName: 'Ana', familyName: 'Reyes', birthDate: '2999-01-01' })).toEqual({
      birthDate: 'people:errors.birthDateFuture',
    });
  });

  it('refuses a phone number with letters, naming the field', () => {
    expect(messages({ givenName: 'Ana', familyName: 'Reyes', phone: '0917-CALL-ME' })).toEqual({
      phone: 'errors.phone',
    });
    expect(
      messages({ givenName: 'Ana', familyName: 'Reyes', phone: '(+63) 917-123-4567' }),
    ).toEqual({});
  });

  it('reads empty optional fields as not given', () => {
    const parsed = personFormSchema.parse({
      ...emptyPersonForm(),
      givenName: ' Ana ',
      familyName: 'Reyes',
    });
    expect(toPersonInput(parsed)).toEqual({
      givenName: 'Ana',
      familyName: 'Reyes',
      sex: 'unknown',
      middleName: undefined,
      birthDate: undefined,
      phone: undefined,
      barangay: undefined,
      city: undefined,
    });
  });
});
