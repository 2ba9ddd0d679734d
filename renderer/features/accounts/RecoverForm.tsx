// The way back when an administrator forgot their passphrase: the recovery key from the printed
// sheet opens the desk key, and it is wrapped again under a new passphrase.
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchableSelect } from '../../ui/SearchableSelect';
import { useCheckedSubmit } from '../../ui/useCheckedSubmit';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';
import { useAccounts } from './useAccounts';
import { useRecoverAdministrator } from './useRecoverAdministrator';

export function RecoverForm({ onDone, onBack }: { onDone: () => void; onBack: () => void }) {
  const { t } = useTranslation('accounts');
  const administrators = (useAccounts() ?? []).filter((a) => a.role === 'admin');
  const [chosen, setChosen] = useState<string | null>(null);
  const staffId = chosen ?? (administrators.length === 1 ? administrators[0]!.id : null);
  const [key, setKey] = useState('');
  const newPassphrase = useNewPassphrase();
  const { passphrase } = newPassphrase;
  const [wrongKey, setWrongKey] = useState(false);
  const recover = useRecoverAdministrator();
  const { checked, busy, formProps } = useCheckedSubmit(
    () => !!staffId && !!key.trim() && !newPassphrase.problem,
    async () => {
      const done = await recover(staffId!, key, passphrase);
      if (done) onDone();
      else setWrongKey(true);
    },
  );

  return (
    <form {...formProps}>
      <Stack gap="md">
        <Title order={1} size="h3">
          {t('recover.title')}
        </Title>
        <Text c="dimmed">{t('recover.intro')}</Text>
        <SearchableSelect
          label={t('recover.administrator')}
          data={administrators.map((a) => ({ value: a.id, label: a.name }))}
          value={staffId}
          onChange={setChosen}
          error={checked && !staffId && t('signIn.staffRequired')}
          required
        />
        <TextInput
          label={t('recover.key')}
          value={key}
          onChange={(event) => {
            setKey(event.currentTarget.value);
            setWrongKey(false);
          }}
          error={
            (checked && !key.trim() && t('errors.required', { ns: 'common' })) ||
            (wrongKey && t('recover.wrongKey'))
          }
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          name="recoveryKey"
          required
        />
        <NewPassphraseFields {...newPassphrase.fields} checked={checked} />
        <Group justify="space-between">
          <Button variant="subtle" onClick={onBack}>
            {t('recover.back')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('recover.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
