// The case page: on the left what the client said, then the timeline with a composer at the
// top; on the right the facts: status with the allowed next statuses, details, consent, referrals.
import { Anchor, Center, Grid, Loader, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CaseFacts } from './CaseFacts';
import { CaseHeader } from './CaseHeader';
import { Composer } from './Composer';
import { DescriptionPanel } from './DescriptionPanel';
import { Timeline } from './Timeline';
import { useCaseView } from './useCaseView';
import { useRecordView } from './useRecordAccess';

export function CasePage() {
  const { t } = useTranslation('cases');
  const { caseId = '' } = useParams();
  const view = useCaseView(caseId);
  const recordView = useRecordView();
  useEffect(() => recordView('cases', caseId), [recordView, caseId]);

  if (view === undefined) {
    return (
      <Center py="xl">
        <Loader aria-hidden />
      </Center>
    );
  }
  if (view === null) {
    return (
      <Stack align="flex-start">
        <Text>{t('page.notFound')}</Text>
        <Anchor component={Link} to="/cases">
          {t('page.backToCases')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <CaseHeader view={view} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="md">
            <DescriptionPanel view={view} />
            {/* Notes and referrals of a restricted case are the case officer's to write. */}
            {!view.restricted && <Composer view={view} />}
            <Timeline view={view} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <CaseFacts view={view} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
