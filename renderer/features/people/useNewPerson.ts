// Creating a person from the picker: check for likely duplicates first, then create.
import type { LikelyDuplicate } from '../../../domain/people/duplicates';
import { useCallback } from 'react';
import { useWriteContext } from '../../db';
import { likelyDuplicates } from './duplicateCheck';
import { createPerson, type Person, type PersonInput } from './peopleRepository';

export function useNewPerson() {
  const ctx = useWriteContext();
  const findDuplicates = useCallback(
    (input: PersonInput): Promise<LikelyDuplicate<Person>[]> => likelyDuplicates(ctx.db, input),
    [ctx],
  );
  const create = useCallback((input: PersonInput) => createPerson(ctx, input), [ctx]);
  return { findDuplicates, create };
}
