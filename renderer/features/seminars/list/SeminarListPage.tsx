// The seminars: upcoming sessions first (the next one at the top), past sessions after, and
// the statistics per month in a second tab.
import { Button, Center, Loader, Stack, Tabs, Title } from '@mantine/core';
import { IconChartBar, IconPlus, IconPresentation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import '../seminars.css';
import { useSeminarLists, type SeminarSummary } from '../useSeminars';
import { NoSeminarsYet } from './NoSeminarsYet';
import { SeminarCard } from './SeminarCard';
import { SeminarStatsPanel } from './SeminarStatsPanel';

function Section({
  title,
  items,
  past,
}: {
  title: string;
  items: SeminarSummary[];
  past?: boolean;
}) {
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {items.map((item) => (
        <SeminarCard key={item.seminar.id} summary={item} past={past} />
      ))}
    </Stack>
  );
}

function Sessions() {
  const { t } = useTranslation('seminars');
  const lists = useSeminarLists();
  if (!lists) {
    return (
      <Center py="xl">
        <Loader role="status" aria-label={t('list.loading')} />
      </Center>
    );
  }
  if (lists.upcoming.length + lists.past.length === 0) return <NoSeminarsYet />;
  return (
    <Stack gap="lg" data-testid="seminar-list">
      <Section title={t('list.upcoming')} items={lists.upcoming} />
      <Section title={t('list.past')} items={lists.past} past />
    </Stack>
  );
}

export function SeminarListPage() {
  const { t } = useTranslation('seminars');
  return (
    <Stack gap="md">
      <PageHeader
        title={t('list.title')}
        aside={
          <Button
            component={Link}
            to="/seminars/new"
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('list.new')}
          </Button>
        }
      />
      <Tabs defaultValue="sessions" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="sessions" leftSection={<IconPresentation size={16} aria-hidden />}>
            {t('list.sessionsTab')}
          </Tabs.Tab>
          <Tabs.Tab value="stats" leftSection={<IconChartBar size={16} aria-hidden />}>
            {t('list.statsTab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sessions">
          <Sessions />
        </Tabs.Panel>
        <Tabs.Panel value="stats">
          <SeminarStatsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
