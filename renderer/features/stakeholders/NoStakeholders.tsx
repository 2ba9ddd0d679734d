// Empty states that teach: what the list is for, and the first thing to do.
import { Button, EmptyState } from '@mantine/core';
import { IconBuildingCommunity, IconFilterOff, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NoStakeholders() {
  const { t } = useTranslation('stakeholders');
  return (
    <EmptyState
      icon={<IconBuildingCommunity size={32} aria-hidden />}
      variant="light"
      title={t('empty.title')}
      description={t('empty.body')}
      py="xl"
      data-testid="stakeholders-empty"
    >
      <EmptyState.Actions>
        <Button
          component={Link}
          to="/stakeholders/new"
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          {t('page.add')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

export function NoStakeholderMatches({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation('stakeholders');
  return (
    <EmptyState
      icon={<IconFilterOff size={28} aria-hidden />}
      title={t('empty.noMatchTitle')}
      description={t('empty.noMatchBody')}
      py="lg"
    >
      <EmptyState.Actions>
        <Button variant="default" onClick={onClear}>
          {t('filters.clear')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
