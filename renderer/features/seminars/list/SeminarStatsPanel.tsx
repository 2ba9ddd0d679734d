// Per month: how many sessions, registrations and attendees, and the attendees by type, sex
// and destination: what the desk reports upward.
import { Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../ui/format';
import { useMonthlyTallies } from '../useSeminarStats';
import { TallyBreakdown } from './TallyBreakdown';

function monthName(language: string, month: string) {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric' }).format(
    new Date(year, index - 1, 1),
  );
}

export function SeminarStatsPanel() {
  const { t, i18n } = useTranslation('seminars');
  const months = useMonthlyTallies();
  if (!months) {
    return (
      <Center py="xl">
        <Loader role="status" aria-label={t('list.loading')} />
      </Center>
    );
  }
  if (months.length === 0) {
    return (
      <Text c="dimmed" py="md">
        {t('stats.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="md" data-testid="seminar-stats">
      {months.map(({ month, tally }) => (
        <Paper withBorder p="md" key={month} component="section" aria-labelledby={`month-${month}`}>
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5" id={`month-${month}`}>
              {monthName(i18n.language, month)}
            </Title>
            <Text size="sm">
              {t('stats.summary', {
                sessions: tally.sessions,
                registered: tally.registered,
                attended: tally.attended,
              })}
            </Text>
          </Group>
          <TallyBreakdown tally={tally} />
        </Paper>
      ))}
    </Stack>
  );
}
