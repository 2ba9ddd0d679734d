// The seminars: upcoming sessions first (the next one at the top), past sessions after, and
// the statistics per month in a second tab. Export writes every session with its attendance.
import { Button, Center, Group, Loader, Stack, Tabs, Title } from '@mantine/core';
import { IconChartBar, IconPlus, IconPresentation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportMenu } from '../../../ui/export/ExportMenu';
import { PageHeader } from '../../../ui/PageHeader';
import { useSeminarExport } from '../export/useSeminarExport';
import '../seminars.css';
import { useSeminarLists, type SeminarLists, type SeminarSummary } from '../useSeminars';
import { NoSeminarsYet } from './NoSeminarsYet';
import { SeminarCard } from './SeminarCard';
import { SeminarStatsPanel } from './SeminarStatsPanel';
import { useMay } from '../../accounts';

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

function Sessions({ lists }: { lists: SeminarLists | undefined }) {
  const { t } = useTranslation('seminars');
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
  const lists = useSeminarLists();
  const exporter = useSeminarExport(null);
  const none = !lists || lists.upcoming.length + lists.past.length === 0;
  const mayExport = useMay('exportData');
  return (
    <Stack gap="md">
      <PageHeader
        title={t('list.title')}
        aside={
          <Group gap="sm">
            {mayExport && (
              <ExportMenu
                state={exporter.state}
                onCancel={exporter.cancel}
                disabled={none}
                onExport={(format) => void exporter.exportSeminars(format)}
              />
            )}
            <Button
              component={Link}
              to="/seminars/new"
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              {t('list.new')}
            </Button>
          </Group>
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
          <Sessions lists={lists} />
        </Tabs.Panel>
        <Tabs.Panel value="stats">
          <SeminarStatsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
