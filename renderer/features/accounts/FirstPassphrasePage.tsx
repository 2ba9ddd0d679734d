// Asked once, at the first start after accounts arrived, of a desk set up before them: its staff
// member (the administrator) chooses a passphrase and keeps the recovery key.
import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewKeyring } from './prepareKeyring';
import { ChoosePassphraseForm } from './ChoosePassphraseForm';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { useFinishFirstAccount } from './useFirstAccount';

interface Props {
  staffId: string;
  staffName: string;
  deskName: string;
  municipality: string;
}

export function FirstPassphrasePage({ staffId, staffName, deskName, municipality }: Props) {
  const { t } = useTranslation('accounts');
  const [keyring, setKeyring] = useState<NewKeyring | null>(null);
  const finish = useFinishFirstAccount();
  return (
    <Container size="sm" py="xl" component="main" id="main">
      <Paper withBorder shadow="sm" p="xl" radius="md">
        {keyring ? (
          <RecoveryKeyStep
            recoveryText={keyring.recoveryText}
            deskName={deskName}
            municipality={municipality}
            onContinue={() => finish(keyring)}
          />
        ) : (
          <Stack gap="lg">
            <Title order={1} size="h2">
              {t('firstPassphrase.title')}
            </Title>
            <Text>{t('firstPassphrase.intro', { name: staffName })}</Text>
            <ChoosePassphraseForm
              staffId={staffId}
              submitLabel={t('firstPassphrase.submit')}
              onPrepared={setKeyring}
            />
          </Stack>
        )}
      </Paper>
    </Container>
  );
}
