// Settings → Retention: the periods, a preview of the closed cases past theirs
// (reference, category, closing date — never a name), and the run that anonymises them once the
// administrator confirms, with progress, Stop and a summary. Meant for administrators only: it
// sits with Sync and Backup so that the role check can hide all three together.
import { Alert, Button, Group, Modal, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconEraser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { getPreset } from '../../../domain/presets';
import type { PresetId } from '../../../domain/records';
import { formatDate, formatNumber } from '../../ui/format';
import { SavedNotice } from '../../ui/SavedNotice';
import { useSavedAt } from '../../ui/useSavedAt';
import type { RetentionPlan } from './retentionRepository';
import { RetentionPeriodsForm } from './RetentionPeriodsForm';
import { useCategoryLabel, useRetentionPeriods } from './useRetentionPeriods';
import { useRetentionRun } from './useRetentionRun';

/** Rows the preview lists; the count says how many more there are. */
const PREVIEW_ROWS = 200;

/** The section, for the desk's preset (its categories and closing statuses). */
export function RetentionPanel({ presetId }: { presetId: PresetId }) {
  const { t } = useTranslation('retention');
  const { periods, save } = useRetentionPeriods();
  const { savedAt, markSaved } = useSavedAt();

  return (
    <Stack gap="sm" component="section" aria-labelledby="retention-title">
      <Group justify="space-between">
        <Group gap="xs">
          <IconEraser aria-hidden size={20} />
          <Title order={2} size="h4" id="retention-title">
            {t('panel.title')}
          </Title>
        </Group>
        <SavedNotice at={savedAt} />
      </Group>
      <Text c="dimmed" size="sm">
        {t('panel.description')}
      </Text>
      {periods && (
        <RetentionBody
          presetId={presetId}
          periods={periods}
          onSave={async (next) => {
            await save(next);
            markSaved();
          }}
        />
      )}
    </Stack>
  );
}

function RetentionBody({
  presetId,
  periods,
  onSave,
}: {
  presetId: PresetId;
  periods: Parameters<typeof useRetentionRun>[0];
  onSave: (next: Parameters<typeof useRetentionRun>[0]) => Promise<void>;
}) {
  const { t } = useTranslation('retention');
  const { state, preview, run, stop } = useRetentionRun(periods, presetId);
  const categoryLabel = useCategoryLabel(presetId);
  const [confirming, setConfirming] = useState<RetentionPlan | null>(null);
  const busy = state.phase === 'previewing' || state.phase === 'running';

  return (
    <Stack gap="md">
      <RetentionPeriodsForm
        key={JSON.stringify(periods)}
        categories={getPreset(presetId).categories}
        categoryLabel={categoryLabel}
        periods={periods}
        onSave={onSave}
        disabled={busy}
      />
      <Group>
        <Button
          variant="default"
          onClick={() => void preview()}
          loading={state.phase === 'previewing'}
          disabled={busy}
        >
          {t('preview.button')}
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {state.phase === 'previewing' && <Text size="sm">{t('preview.loading')}</Text>}
        {state.phase === 'done' && <RunSummary result={state.result} />}
        {state.phase === 'failed' && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />}>
            {t('failed')}
          </Alert>
        )}
      </div>
      {state.phase === 'preview' && (
        <PreviewList
          plan={state.plan}
          categoryLabel={categoryLabel}
          onAnonymise={() => setConfirming(state.plan)}
        />
      )}
      {state.phase === 'running' && (
        <Stack gap="xs" data-testid="retention-progress">
          <Text size="sm">
            {t('progress.label', { done: state.done, total: state.plan.cases.length })}
          </Text>
          <Progress
            value={(100 * state.done) / Math.max(1, state.plan.cases.length)}
            aria-label={t('progress.label', { done: state.done, total: state.plan.cases.length })}
          />
          <Group>
            <Button variant="default" onClick={stop} disabled={state.stopping}>
              {state.stopping ? t('progress.stopping') : t('progress.stop')}
            </Button>
          </Group>
        </Stack>
      )}
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('confirm.title')}
        closeButtonProps={{ 'aria-label': t('confirm.cancel') }}
      >
        {confirming && (
          <Stack>
            <Text size="sm">
              {t('preview.cases', { count: confirming.cases.length })}{' '}
              {t('preview.people', { count: confirming.people })}
            </Text>
            <Text size="sm">{t('confirm.body')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('confirm.cancel')}
              </Button>
              <Button
                // The darkest red: white text on it stays above 4.5:1 even mid-press.
                color="red.9"
                onClick={() => {
                  const plan = confirming;
                  setConfirming(null);
                  void run(plan);
                }}
              >
                {t('run.button', { count: confirming.cases.length })}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

function PreviewList({
  plan,
  categoryLabel,
  onAnonymise,
}: {
  plan: RetentionPlan;
  categoryLabel: (id: string) => string;
  onAnonymise: () => void;
}) {
  const { t, i18n } = useTranslation('retention');
  const lng = i18n.language;
  if (plan.cases.length === 0) {
    return (
      <Text size="sm" data-testid="retention-empty">
        {t('preview.empty')}
      </Text>
    );
  }
  const rows = plan.cases.slice(0, PREVIEW_ROWS);
  return (
    <Stack gap="xs" data-testid="retention-preview">
      <Text size="sm" fw={600}>
        {t('preview.cases', { count: plan.cases.length })}{' '}
        {t('preview.people', { count: plan.people })}
      </Text>
      <Table.ScrollContainer minWidth={480} mah={360}>
        <Table striped withTableBorder aria-label={t('preview.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('preview.reference')}</Table.Th>
              <Table.Th scope="col">{t('preview.category')}</Table.Th>
              <Table.Th scope="col">{t('preview.closedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td dir="ltr">{c.reference}</Table.Td>
                <Table.Td>{c.categories.map(categoryLabel).join(', ')}</Table.Td>
                <Table.Td>{formatDate(lng, c.closedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {plan.cases.length > rows.length && (
        <Text size="sm" c="dimmed">
          {t('preview.more', { count: plan.cases.length - rows.length })}
        </Text>
      )}
      <Group>
        <Button
          color="red.9"
          leftSection={<IconEraser size={16} aria-hidden />}
          onClick={onAnonymise}
        >
          {t('run.button', { count: plan.cases.length })}
        </Button>
      </Group>
    </Stack>
  );
}

function RunSummary({ result }: { result: { cases: number; people: number; cancelled: boolean } }) {
  const { t, i18n } = useTranslation('retention');
  const values = {
    cases: formatNumber(i18n.language, result.cases),
    people: formatNumber(i18n.language, result.people),
  };
  return (
    <Alert color={result.cancelled ? 'yellow' : 'teal'} data-testid="retention-summary">
      {result.cancelled ? t('done.stopped', values) : t('done.summary', values)}
    </Alert>
  );
}
