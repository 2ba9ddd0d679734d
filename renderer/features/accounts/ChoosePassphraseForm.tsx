// The administrator's first passphrase, typed twice; the desk key is made once it is accepted.
import { Button, Group, Stack } from '@mantine/core';
import { useCheckedSubmit } from '../../ui/useCheckedSubmit';
import { useTranslation } from 'react-i18next';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';
import { prepareKeyring, type NewKeyring } from './prepareKeyring';

interface Props {
  staffId: string;
  submitLabel: string;
  onPrepared: (keyring: NewKeyring) => void;
}

export function ChoosePassphraseForm({ staffId, submitLabel, onPrepared }: Props) {
  const { t } = useTranslation('accounts');
  const newPassphrase = useNewPassphrase();
  const { passphrase } = newPassphrase;
  const { checked, busy, formProps } = useCheckedSubmit(
    () => !newPassphrase.problem,
    async () => onPrepared(await prepareKeyring(staffId, passphrase)),
  );
  return (
    <form {...formProps}>
      <Stack gap="md">
        <NewPassphraseFields
          {...newPassphrase.fields}
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
