// "Restore from a backup": the file and its passphrase; over a desk that holds data, a second
// step says what will be replaced and that a copy of it is saved first.
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFile } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { platform, type FileFilter } from '../../platform';
import { useErrorText } from '../../ui/useErrorText';
import { BackupStatus } from './BackupStatus';
import { MAX_BACKUP_BYTES, type BackupState } from './useBackupActions';

interface Props {
  opened: boolean;
  onClose: () => void;
  state: BackupState;
  filters: FileFilter[];
  onRestore: (file: Blob, passphrase: string) => void;
  /** Whether a restore would replace data (and must ask first). */
  replacesData: () => Promise<boolean>;
}

export function RestoreModal(props: Props) {
  const { opened, onClose, state, filters, onRestore, replacesData } = props;
  const { t } = useTranslation('backup');
  const reasonOf = useErrorText();
  const [file, setFile] = useState<{ name: string; blob: Blob } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [pickError, setPickError] = useState<string | null>(null);
  const working = ['checking', 'savingCopy', 'replacing'].includes(state.phase);
  const finished = state.phase === 'restored';

  const close = () => {
    setFile(null);
    setPassphrase('');
    setChecked(false);
    setConfirming(false);
    setPickError(null);
    onClose();
  };
  const choose = async () => {
    setPickError(null);
    try {
      const picked = await platform.openBlob(filters, MAX_BACKUP_BYTES);
      if (picked) setFile(picked);
    } catch (error) {
      setPickError(reasonOf(error));
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!file || passphrase === '') return;
    if (!confirming && (await replacesData())) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    onRestore(file.blob, passphrase);
  };

  return (
    <Modal opened={opened} onClose={close} title={t('restore.title')} centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('restore.body')}</Text>
          {!finished && !confirming && (
            <>
              <Stack gap={4}>
                <Group>
                  <Button
                    variant="default"
                    leftSection={<IconFile size={16} aria-hidden />}
                    onClick={() => void choose()}
                    disabled={working}
                    data-autofocus
                  >
                    {t('restore.chooseFile')}
                  </Button>
                  <Text size="sm" data-testid="restore-file-name">
                    {file ? file.name : t('restore.noFile')}
                  </Text>
                </Group>
                {checked && !file && (
                  <Text size="sm" c="red">
                    {t('restore.fileRequired')}
                  </Text>
                )}
                {pickError && (
                  <Text size="sm" c="red">
                    {pickError}
                  </Text>
                )}
              </Stack>
              <PasswordInput
                label={t('restore.passphrase')}
                value={passphrase}
                onChange={(event) => setPassphrase(event.currentTarget.value)}
                error={checked && passphrase === '' && t('restore.passphraseRequired')}
                disabled={working}
                autoComplete="off"
                required
              />
            </>
          )}
          {confirming && (
            <Alert
              color="orange"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('restore.confirmTitle')}
              data-testid="restore-confirm"
            >
              {t('restore.confirmBody')}
            </Alert>
          )}
          <BackupStatus state={state} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={working}>
              {finished ? t('restore.close') : confirming ? t('restore.keep') : t('restore.cancel')}
            </Button>
            {!finished && (
              <Button type="submit" color={confirming ? 'red' : undefined} loading={working}>
                {confirming ? t('restore.confirmReplace') : t('restore.submit')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
