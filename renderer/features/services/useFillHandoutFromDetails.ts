// Copies the service details into the empty fields of one language's handout, for a desk whose
// details are already written in that language: the officer then only edits.
import { useCallback } from 'react';
import type { Language } from '../../../domain/records';
import { useServiceFormField } from './useServiceFormField';

const isEmpty = (value: unknown) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

export function useFillHandoutFromDetails(language: Language) {
  const { getValues, setValue } = useServiceFormField();
  return useCallback(() => {
    const values = getValues();
    const current = values.content?.[language] ?? {};
    const dirty = { shouldDirty: true, shouldValidate: true };
    const base = `content.${language}` as const;
    const copy = (field: 'title' | 'eligibility' | 'whereToApply', value?: string) => {
      if (isEmpty(current[field]) && value) setValue(`${base}.${field}`, value, dirty);
    };
    const copyList = (field: 'documents' | 'steps', value?: string[]) => {
      if (isEmpty(current[field]) && value?.length) setValue(`${base}.${field}`, value, dirty);
    };
    copy('title', values.name);
    copy('eligibility', values.eligibility);
    copy('whereToApply', values.howToApply);
    copyList('documents', values.documents);
    copyList('steps', values.steps);
  }, [getValues, setValue, language]);
}
