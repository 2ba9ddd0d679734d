// Settings → Backup, desktop only: a folder (a USB drive, a network share) that Tulay backs up
// into once a day, keeping the last N files, with the passphrase kept locked by the operating
// system's key store. Where that store is missing, says so and offers nothing.
import { Alert, Button, Group, NumberInput, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconFolder, IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoBackupPlatform } from '../../platform';
import { formatDateTime, formatNumber } from '../../ui/format';
import { KEPT_BACKUPS } from './backupSettings';
import { PassphraseFields, passphraseProblem } from './PassphraseFields';
import { useAutoBackup } from './useAutoBackup';
import { leftToRight } from './leftToRight';

export function AutoBackupSection({ auto }: { auto: AutoBackupPlatform }) {
  const { t, i18n } = useTranslation('backup');
  const { status, outcome, work, chooseFolder, setKeep, turnOn, turnOff, backUpNow } =
    useAutoBackup(auto);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);
  const [keep, setKeepDraft] = useState<number | null>(null);
  if (status === null) return null;
  const kept = keep ?? status.keep;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (passphraseProblem(passphrase, repeat) !== null) return;
    void turnOn(passphrase, kept).then(() => {
      setPassphrase('');
      setRepeat('');
      setChecked(false);
    });
  };

  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="auto-backup-title"
      data-testid="auto-backup"
    >
      <Title order={3} size="h5" id="auto-backup-title">
        {t('auto.title')}
      </Title>
      {!status.available ? (
        <Alert color="gray" icon={<IconLock aria-hidden />} data-testid="auto-backup-unavailable">
          {t('auto.unavailable')}
        </Alert>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('auto.description')}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <IconFolder size={18} aria-hidden />
            <Text size="sm" data-testid="auto-backup-folder" style={{ overflowWrap: 'anywhere' }}>
              {status.folder
                ? t('auto.folder', { folder: leftToRight(status.folder) })
                : t('auto.noFolder')}
            </Text>
          </Group>
          <Group align="flex-end">
            <Button variant="default" onClick={() => void chooseFolder()} disabled={work.busy}>
              {status.folder ? t('auto.changeFolder') : t('auto.chooseFolder')}
            </Button>
            <NumberInput
              label={t('auto.keep')}
              min={1}
              max={KEPT_BACKUPS.max}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              w={200}
              value={kept}
              disabled={work.busy}
              onChange={(value) =>
                setKeepDraft(typeof value === 'number' ? value : KEPT_BACKUPS.default)
              }
              onBlur={() => {
                if (status.enabled && kept !== status.keep) void setKeep(kept);
              }}
            />
          </Group>
          {status.enabled ? (
            <>
              <Text size="sm" data-testid="auto-backup-on">
                {t('auto.on', { keep: formatNumber(i18n.language, status.keep) })}
              </Text>
              <Group>
                <Button onClick={() => void backUpNow()} loading={work.busy}>
                  {t('auto.backUpNow')}
                </Button>
                <Button
                  variant="default"
                  color="red"
                  onClick={() => void turnOff()}
                  disabled={work.busy}
                >
                  {t('auto.turnOff')}
                </Button>
              </Group>
            </>
          ) : (
            status.folder && (
              <form onSubmit={submit} noValidate>
                <Stack gap="sm">
                  <Text size="sm">{t('auto.passphraseKept')}</Text>
                  <PassphraseFields
                    passphrase={passphrase}
                    repeat={repeat}
                    onPassphrase={setPassphrase}
                    onRepeat={setRepeat}
                    checked={checked}
                    disabled={work.busy}
                  />
                  <Group>
                    <Button type="submit" loading={work.busy}>
                      {t('auto.turnOn')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            )
          )}
          {work.progress && (
            <Stack gap={4} role="status" aria-live="polite">
              <Progress
                value={
                  work.progress.total > 0 ? (work.progress.done / work.progress.total) * 100 : 0
                }
                aria-label={t('status.backingUp')}
              />
              <Text size="sm">{t('status.backingUp')}</Text>
            </Stack>
          )}
          {work.error && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />}>
              {t('problems.other', { reason: work.error })}
            </Alert>
          )}
          {outcome?.outcome === 'failed' && !work.busy && (
            <Alert
              color="red"
              icon={<IconAlertTriangle aria-hidden />}
              data-testid="auto-backup-failed"
            >
              {t(`auto.failed.${outcome.reason ?? 'other'}`, {
                when: formatDateTime(i18n.language, outcome.at),
                folder: leftToRight(outcome.folder ?? ''),
              })}
            </Alert>
          )}
          {outcome?.outcome === 'saved' && !work.busy && (
            <Text size="sm" data-testid="auto-backup-saved">
              {t('auto.saved', {
                when: formatDateTime(i18n.language, outcome.at),
                file: leftToRight(outcome.fileName ?? ''),
              })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
