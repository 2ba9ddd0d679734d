// Settings → Sample data: load made-up cases to try the desk out or measure it, see how much
// sample data there is, and remove it all in one step.
import { Group, Stack, Text, Title } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SampleDataLoadForm } from './SampleDataLoadForm';
import { SampleDataNotice } from './SampleDataNotice';
import { SampleDataStatus } from './SampleDataStatus';
import { useSampleDataActions } from './useSampleDataActions';
import { useSampleDataSummary } from './useSampleDataSummary';

export function SampleDataPanel() {
  const { t } = useTranslation('sampleData');
  const summary = useSampleDataSummary();
  const { state, load, cancel, remove } = useSampleDataActions();
  const busy = state.phase === 'loading' || state.phase === 'removing';

  return (
    <Stack gap="sm" component="section" aria-labelledby="sample-data-title">
      <Group gap="xs">
        <IconFlask aria-hidden size={20} />
        <Title order={2} size="h4" id="sample-data-title">
          {t('panel.title')}
        </Title>
      </Group>
      <Text c="dimmed" size="sm">
        {t('panel.description')}
      </Text>
      {summary && <SampleDataNotice summary={summary} busy={busy} onRemove={() => void remove()} />}
      <SampleDataLoadForm disabled={busy} onLoad={(cases) => void load(cases)} />
      <SampleDataStatus state={state} onCancel={cancel} />
    </Stack>
  );
}
