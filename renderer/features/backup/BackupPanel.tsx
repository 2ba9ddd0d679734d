// Settings → Backup: when the desk was last backed up (with a reminder after a week, or when it
// never was), "Back up now" and "Restore from a backup". See docs/backup.md.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { formatDateTime } from '../../ui/format';
import { AutoBackupSection } from './AutoBackupSection';
import { leftToRight } from './leftToRight';
import { BackupNowModal } from './BackupNowModal';
import { backupIsDue, type LastBackup } from './backupSettings';
import { RestoreModal } from './RestoreModal';
import { useBackupActions } from './useBackupActions';
import { useLastBackup } from './useLastBackup';

export function BackupPanel() {
  const { t, i18n } = useTranslation('backup');
  const last = useLastBackup();
  const actions = useBackupActions();
  const [backingUp, backup] = useDisclosure(false);
  const [restoring, restore] = useDisclosure(false);
  const busy = ['backingUp', 'checking', 'savingCopy', 'replacing'].includes(actions.state.phase);

  const lastBackupText = (backup: LastBackup) => {
    const when = formatDateTime(i18n.language, backup.at);
    if (backup.kind === 'automatic' && backup.place) {
      return t('panel.lastAutomatic', { when, place: leftToRight(backup.place) });
    }
    if (backup.place) return t('panel.lastManual', { when, place: leftToRight(backup.place) });
    return t('panel.last', { when });
  };

  const openBackup = () => {
    actions.reset();
    backup.open();
  };
  const openRestore = () => {
    actions.reset();
    restore.open();
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="backup-title">
      <Group gap="xs">
        <IconDatabaseExport aria-hidden size={20} />
        <Title order={2} size="h4" id="backup-title">
          {t('panel.title')}
        </Title>
      </Group>
      <Text c="dimmed" size="sm">
        {t('panel.description')}
      </Text>
      {last !== undefined && (
        <Text size="sm" data-testid="backup-last">
          {last ? lastBackupText(last) : t('panel.never')}
        </Text>
      )}
      {last !== undefined && backupIsDue(last ?? undefined) && (
        <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} data-testid="backup-due">
          {last ? t('panel.dueOld') : t('panel.dueNever')}
        </Alert>
      )}
      <Group>
        <Button leftSection={<IconDatabaseExport size={16} aria-hidden />} onClick={openBackup}>
          {t('panel.backUpNow')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconRestore size={16} aria-hidden />}
          onClick={openRestore}
        >
          {t('panel.restore')}
        </Button>
      </Group>
      {platform.autoBackup && <AutoBackupSection auto={platform.autoBackup} />}
      <BackupNowModal
        opened={backingUp}
        onClose={busy ? () => {} : backup.close}
        state={actions.state}
        onBackUp={(passphrase) => void actions.backUp(passphrase)}
      />
      <RestoreModal
        opened={restoring}
        onClose={busy ? () => {} : restore.close}
        state={actions.state}
        filters={actions.filters}
        replacesData={actions.replacesData}
        onRestore={(file, passphrase) => void actions.restore(file, passphrase)}
      />
    </Stack>
  );
}
