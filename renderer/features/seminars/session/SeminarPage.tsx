// A session: what and when, how full, registration (find-or-create, or a CSV list), the list
// of registrations and the waitlist, and the way to the door (check-in) and to certificates.
import { Center, Grid, Loader, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { seatCounts } from '../../../../domain/seminars/capacity';
import '../seminars.css';
import { useRoster } from '../useRoster';
import { useSeminar } from '../useSeminars';
import { RegisterPanel } from './RegisterPanel';
import { RosterTable } from './RosterTable';
import { SeminarHeader } from './SeminarHeader';
import { SessionSummary } from './SessionSummary';

export function SeminarPage() {
  const { t } = useTranslation('seminars');
  const { id = '' } = useParams();
  const seminar = useSeminar(id);
  const roster = useRoster(id);
  const counts = useMemo(
    () =>
      seatCounts(
        (roster ?? []).map((r) => r.attendance),
        seminar?.capacity ?? 0,
      ),
    [roster, seminar?.capacity],
  );

  if (!seminar || !roster) {
    return (
      <Center py="xl">
        {seminar === null ? (
          t('page.notFound')
        ) : (
          <Loader role="status" aria-label={t('list.loading')} />
        )}
      </Center>
    );
  }
  return (
    <Stack gap="md">
      <SeminarHeader seminar={seminar} counts={counts} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 9 }}>
          <Stack gap="md">
            <RegisterPanel seminar={seminar} counts={counts} />
            <RosterTable seminar={seminar} roster={roster} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <SessionSummary seminar={seminar} roster={roster} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
