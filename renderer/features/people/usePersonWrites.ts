// Writes of the person page: edit the person, link a household member.
import { useCallback } from 'react';
import { useWriteContext } from '../../db';
import { linkHousehold, type Relationship } from './householdRepository';
import { updatePerson, type PersonInput } from './peopleRepository';

export function usePersonWrites(personId: string) {
  const ctx = useWriteContext();
  const save = useCallback(
    (changes: PersonInput) => updatePerson(ctx, personId, changes),
    [ctx, personId],
  );
  const link = useCallback(
    (relatedPersonId: string, relationship: Relationship) =>
      linkHousehold(ctx, personId, relatedPersonId, relationship),
    [ctx, personId],
  );
  return { save, link };
}
