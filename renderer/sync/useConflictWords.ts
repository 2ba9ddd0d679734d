// A conflict's field label and values in the officer's language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatConflictValue, isLabelled } from './conflictText';

export function useConflictWords() {
  const { t, i18n } = useTranslation('sync');
  const lng = i18n.language;
  return useMemo(() => {
    const words = { empty: t('review.empty'), yes: t('review.yes'), no: t('review.no') };
    return {
      field: (name: string) =>
        isLabelled(name) ? t(`fields.${name}`) : t('review.otherField', { field: name }),
      value: (value: unknown) => formatConflictValue(lng, value, words),
    };
  }, [t, lng]);
}
