// What the last load or removal is doing or did: a progress bar with a Cancel while loading,
// then how many cases were written and how long it took, or what went wrong.
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format';
import type { SampleDataState } from './useSampleDataActions';

/** "2.5 seconds", "1 segundo", "ثانية": Intl knows each language's word for a duration. */
const SECONDS = {
  style: 'unit',
  unit: 'second',
  unitDisplay: 'long',
  maximumFractionDigits: 1,
} as const;

interface Props {
  state: SampleDataState;
  onCancel: () => void;
}

export function SampleDataStatus({ state, onCancel }: Props) {
  const { t, i18n } = useTranslation('sampleData');
  const number = (value: number | undefined) => formatNumber(i18n.language, value ?? 0);
  const { phase, progress } = state;
  const percent = progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 0;

  return (
    <Stack gap="xs" role="status" aria-live="polite">
      {progress && (
        <>
          <Progress
            value={percent}
            aria-label={t('panel.progressLabel')}
            data-testid="sample-progress"
          />
          <Group justify="space-between" gap="sm">
            <Text size="sm" data-testid="sample-progress-text">
              {t('panel.progress', { done: number(progress.done), count: progress.total })}
            </Text>
            {phase === 'loading' && (
              <Button size="xs" variant="default" onClick={onCancel} autoFocus>
                {t('panel.cancel')}
              </Button>
            )}
          </Group>
        </>
      )}
      {phase === 'loaded' && (
        <Text size="sm" c="teal.8" data-testid="sample-loaded">
          {t('panel.loaded', {
            count: state.cases ?? 0,
            duration: formatNumber(i18n.language, state.seconds ?? 0, SECONDS),
          })}
        </Text>
      )}
      {phase === 'cancelled' && (
        <Text size="sm">{t('panel.cancelled', { count: state.cases ?? 0 })}</Text>
      )}
      {phase === 'removing' && (
        <Text size="sm">{t('panel.removing', { count: state.removed ?? 0 })}</Text>
      )}
      {phase === 'removed' && (
        <Text size="sm" c="teal.8" data-testid="sample-removed">
          {t('panel.removed', { count: state.removed ?? 0 })}
        </Text>
      )}
      {(phase === 'loadFailed' || phase === 'removeFailed') && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} data-testid="sample-failed">
          {t(phase === 'loadFailed' ? 'panel.loadFailed' : 'panel.removeFailed', {
            reason: state.error,
          })}
        </Alert>
      )}
    </Stack>
  );
}
