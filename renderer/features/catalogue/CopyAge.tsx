// How old the copy is: the page works offline from the last copy pulled, and says so. The clock
// ticks each minute; a copy refreshed since the last tick reads as refreshed now.
import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { ageText } from './catalogueText';

export function CopyAge({ refreshedAt }: { refreshedAt: string | null }) {
  const { t, i18n } = useTranslation('catalogue');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <Text size="sm" data-testid="catalogue-age">
      {refreshedAt
        ? t('page.age', {
            age: ageText(i18n.language, refreshedAt, now),
            time: formatDateTime(i18n.language, refreshedAt),
          })
        : t('page.neverRefreshed')}
    </Text>
  );
}
