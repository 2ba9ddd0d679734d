// How anonymised records read on screen: "Anonymised person" where a name was, and a badge with
// the day a case was anonymised.
import { Badge } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, type NamedPerson } from '../../../domain/people/personTokens';
import { formatDate } from '../../ui/format';

/** A person's full name, or "Anonymised person" once retention removed it. */
export function usePersonName() {
  const { t } = useTranslation('retention');
  return useCallback(
    (person: NamedPerson & { anonymisedAt?: string | undefined }) =>
      person.anonymisedAt ? t('anonymised.person') : fullName(person),
    [t],
  );
}

export function AnonymisedBadge({ at }: { at: string }) {
  const { t, i18n } = useTranslation('retention');
  return (
    <Badge color="gray" variant="light" data-testid="anonymised-badge">
      {t('anonymised.case', { date: formatDate(i18n.language, at) })}
    </Badge>
  );
}
