// The administrator's first passphrase, typed twice; the desk key is made once it is accepted.
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewPassphraseFields, newPassphraseProblem } from './NewPassphraseFields';
import { prepareKeyring, type NewKeyring } from './prepareKeyring';

interface Props {
  staffId: string;
  submitLabel: string;
  onPrepared: (keyring: NewKeyring) => void;
}

export function ChoosePassphraseForm({ staffId, submitLabel, onPrepared }: Props) {
  const { t } = useTranslation('accounts');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setChecked(true);
    if (newPassphraseProblem(passphrase, repeat)) return;
    setBusy(true);
    try {
      onPrepared(await prepareKeyring(staffId, passphrase));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <NewPassphraseFields
          passphrase={passphrase}
          repeat={repeat}
          onPassphrase={setPassphrase}
          onRepeat={setRepeat}
          checked={checked}
          label={t('passphrase.label')}
          autoFocus
        />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
