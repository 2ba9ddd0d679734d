// The commitments of the copy, searched and narrowed on this computer (it works offline), shown
// a page at a time.
import { Button, EmptyState, Stack, Text } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commitmentChoices, filterCommitments, type CommitmentView } from './catalogueViews';
import { CommitmentCard } from './CommitmentCard';
import { CommitmentFilterBar, NO_COMMITMENT_FILTERS } from './CommitmentFilterBar';

const PAGE = 20;

export function CommitmentsTab({ all }: { all: CommitmentView[] }) {
  const { t } = useTranslation('catalogue');
  const [filters, setFilters] = useState(NO_COMMITMENT_FILTERS);
  const [limit, setLimit] = useState(PAGE);
  const choices = useMemo(() => commitmentChoices(all), [all]);
  const shown = useMemo(() => filterCommitments(all, filters), [all, filters]);
  const change = (next: typeof filters) => {
    setFilters(next);
    setLimit(PAGE);
  };

  return (
    <Stack gap="md">
      <CommitmentFilterBar filters={filters} onChange={change} choices={choices} />
      <Text size="sm" role="status" data-testid="commitment-count">
        {t('commitments.count', { shown: shown.length, total: all.length })}
      </Text>
      {shown.length === 0 ? (
        <EmptyState
          icon={<IconFilterOff size={28} aria-hidden />}
          title={t('commitments.noMatchTitle')}
          description={t('commitments.noMatchBody')}
          py="lg"
        >
          <EmptyState.Actions>
            <Button variant="default" onClick={() => change(NO_COMMITMENT_FILTERS)}>
              {t('filters.clear')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        shown.slice(0, limit).map((view) => <CommitmentCard key={view.key} view={view} />)
      )}
      {shown.length > limit && (
        <Button
          variant="default"
          onClick={() => setLimit(limit + PAGE)}
          style={{ alignSelf: 'center' }}
        >
          {t('commitments.more')}
        </Button>
      )}
    </Stack>
  );
}
