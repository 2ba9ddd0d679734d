// "Back up now": the passphrase twice, then progress, then where the file went.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupStatus } from './BackupStatus';
import { PassphraseFields, passphraseProblem } from './PassphraseFields';
import type { BackupState } from './useBackupActions';

interface Props {
  opened: boolean;
  onClose: () => void;
  state: BackupState;
  onBackUp: (passphrase: string) => void;
}

export function BackupNowModal({ opened, onClose, state, onBackUp }: Props) {
  const { t } = useTranslation('backup');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);
  const working = state.phase === 'backingUp';
  const finished = state.phase === 'backedUp';

  const close = () => {
    setPassphrase('');
    setRepeat('');
    setChecked(false);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (passphraseProblem(passphrase, repeat) === null) onBackUp(passphrase);
  };

  return (
    <Modal opened={opened} onClose={close} title={t('now.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('now.body')}</Text>
          {!finished && (
            <PassphraseFields
              passphrase={passphrase}
              repeat={repeat}
              onPassphrase={setPassphrase}
              onRepeat={setRepeat}
              checked={checked}
              disabled={working}
            />
          )}
          <BackupStatus state={state} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={working}>
              {finished ? t('now.close') : t('now.cancel')}
            </Button>
            {!finished && (
              <Button type="submit" loading={working}>
                {t('now.submit')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
