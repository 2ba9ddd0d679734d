// The empty list teaches what seminars are for here and offers the first session.
import { Button, EmptyState } from '@mantine/core';
import { IconPlus, IconPresentation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NoSeminarsYet() {
  const { t } = useTranslation('seminars');
  return (
    <EmptyState
      icon={<IconPresentation size={32} aria-hidden />}
      withIndicatorBackground
      title={t('list.emptyTitle')}
      description={t('list.emptyBody')}
      py="xl"
      data-testid="seminars-empty"
    >
      <EmptyState.Actions>
        <Button
          component={Link}
          to="/seminars/new"
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          {t('list.emptyAction')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
