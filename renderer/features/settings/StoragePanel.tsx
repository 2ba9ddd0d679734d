// Settings → Storage: how much space Tulay uses, and whether the browser has agreed to keep its
// data permanently (asked after the set-up; see renderer/app/DeskGate.tsx).
import { Alert, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDatabase, IconInfoCircle, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { formatBytes, formatNumber } from '../../ui/format';
import { requestPersistentStorage } from './storagePersistence';
import { useStorageStatus } from './useStorageStatus';

export function StoragePanel() {
  const { t, i18n } = useTranslation();
  const { status, answer, refresh } = useStorageStatus();
  const lng = i18n.language;
  const known = status?.usage !== undefined && status.quota !== undefined && status.quota > 0;
  const share = known ? status.usage! / status.quota! : 0;

  return (
    <Stack gap="sm" aria-labelledby="storage-title" component="section">
      <Group gap="xs">
        <IconDatabase aria-hidden size={20} />
        <Title order={2} size="h4" id="storage-title">
          {t('storage.title')}
        </Title>
      </Group>
      <Text c="dimmed" size="sm">
        {t('storage.description')}
      </Text>
      {known ? (
        <>
          <Progress value={Math.max(share * 100, 1)} aria-label={t('storage.title')} />
          <Text size="sm" data-testid="storage-usage">
            {t('storage.used', {
              used: formatBytes(lng, status.usage!),
              quota: formatBytes(lng, status.quota!),
            })}
            {' · '}
            {t('storage.usedPercent', {
              percent: formatNumber(lng, share, { style: 'percent', maximumFractionDigits: 2 }),
            })}
          </Text>
        </>
      ) : (
        <Text size="sm">{t('storage.unknown')}</Text>
      )}
      {status?.persisted ? (
        <Alert
          color="green"
          icon={<IconShieldCheck aria-hidden />}
          data-testid="storage-persistent"
        >
          {t('storage.persistent')}
        </Alert>
      ) : (
        // Calm on purpose: nothing is lost, and the browser may agree later by itself.
        <Alert
          color="gray"
          icon={<IconInfoCircle aria-hidden />}
          data-testid="storage-not-persistent"
        >
          <Stack gap="xs">
            <Text size="sm">{t('storage.notYetPersistent')}</Text>
            {!platform.isDesktop && <Text size="sm">{t('storage.persistHow')}</Text>}
            {answer === 'refused' && (
              <Text size="sm" role="status">
                {t('storage.persistNotNow')}
              </Text>
            )}
            <Group>
              <Button size="xs" variant="light" onClick={() => void requestPersistentStorage()}>
                {t('storage.askAgain')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Group>
        <Button size="xs" variant="subtle" onClick={refresh}>
          {t('storage.refresh')}
        </Button>
      </Group>
    </Stack>
  );
}
