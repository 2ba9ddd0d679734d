// What a backup or restore is doing, or did, for both dialogs: progress while it works, then
// where the file went, or what went wrong.
import { Alert, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format';
import type { BackupState } from './useBackupActions';

export function BackupStatus({ state }: { state: BackupState }) {
  const { t, i18n } = useTranslation('backup');
  const number = (value: number | undefined) => formatNumber(i18n.language, value ?? 0);
  const { phase, progress } = state;
  const counted = progress !== undefined && progress.total > 0;
  /** A bar that fills as records are written, and the count in words. */
  const counting = (label: string, count: 'status.backingUpCount' | 'status.restoringCount') => (
    <>
      <Progress value={counted ? (progress.done / progress.total) * 100 : 0} aria-label={label} />
      <Text size="sm">
        {counted ? t(count, { done: number(progress.done), total: number(progress.total) }) : label}
      </Text>
    </>
  );
  const waiting = phase === 'checking' || phase === 'savingCopy' || phase === 'replacing';
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      {phase === 'backingUp' && counting(t('status.backingUp'), 'status.backingUpCount')}
      {phase === 'replacing' && counted && counting(t('status.replacing'), 'status.restoringCount')}
      {waiting && !counted && (
        <>
          <Progress value={100} animated aria-label={t(`status.${phase}`)} />
          <Text size="sm">{t(`status.${phase}`)}</Text>
        </>
      )}
      {state.copySavedTo && (
        <Text size="sm" data-testid="backup-copy-saved">
          {t('status.copySaved', { file: state.copySavedTo })}
        </Text>
      )}
      {phase === 'backedUp' && (
        <Alert color="green" icon={<IconCircleCheck aria-hidden />} data-testid="backup-done">
          {t('status.backedUp', { records: number(state.records), file: state.savedTo })}
        </Alert>
      )}
      {phase === 'restored' && (
        <Alert color="green" icon={<IconCircleCheck aria-hidden />} data-testid="restore-done">
          {t('status.restored', { records: number(state.records) })}
        </Alert>
      )}
      {phase === 'failed' && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} data-testid="backup-failed">
          {state.error}
        </Alert>
      )}
    </Stack>
  );
}
