// The walk-in form's state: the new person's fields, their check (names required, a phone number
// of digits), and the likely duplicates found before anyone new is created.
import { useState } from 'react';
import type { LikelyDuplicate } from '../../../../domain/people/duplicates';
import { isPhoneNumber } from '../../../../domain/people/phone';
import { useDatabase } from '../../../db';
import { likelyDuplicates, splitTypedName, type Person, type PersonInput } from '../../people';

export interface WalkInFields {
  givenName: string;
  familyName: string;
  sex: PersonInput['sex'];
  phone: string;
  destination: string | null;
}

export function useWalkInForm(typed: string) {
  const db = useDatabase();
  const [fields, setFields] = useState<WalkInFields>(() => ({
    ...splitTypedName(typed),
    sex: 'unknown',
    destination: null,
  }));
  const [errors, setErrors] = useState<
    Partial<Record<'givenName' | 'familyName' | 'phone', string>>
  >({});
  const [duplicates, setDuplicates] = useState<LikelyDuplicate<Person>[] | null>(null);

  const set = <K extends keyof WalkInFields>(key: K, value: WalkInFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));

  const input = (): PersonInput => ({
    givenName: fields.givenName.trim(),
    familyName: fields.familyName.trim(),
    sex: fields.sex,
    phone: fields.phone.trim() || undefined,
  });

  /** Checks the fields and looks for duplicates; true when the person can be created now. */
  const check = async (): Promise<boolean> => {
    const problems = {
      ...(fields.givenName.trim() ? {} : { givenName: 'errors.required' }),
      ...(fields.familyName.trim() ? {} : { familyName: 'errors.required' }),
      ...(!fields.phone.trim() || isPhoneNumber(fields.phone) ? {} : { phone: 'errors.phone' }),
    };
    setErrors(problems);
    if (Object.keys(problems).length > 0) return false;
    const found = await likelyDuplicates(db, input());
    setDuplicates(found.length > 0 ? found : null);
    return found.length === 0;
  };

  return {
    fields,
    set,
    errors,
    duplicates,
    clearDuplicates: () => setDuplicates(null),
    check,
    input,
  };
}
