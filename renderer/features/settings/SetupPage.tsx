// First run: a short desk set-up, shown once, then the administrator's passphrase and the
// recovery key. Everything but the passphrase can be changed later in Settings.
import { Center, Container, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingBridge2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from '../../../domain/ids';
import type { DeskProfile, Language } from '../../../domain/records';
import {
  NewPassphraseFields,
  newPassphraseProblem,
  prepareKeyring,
  RecoveryKeyStep,
  type NewKeyring,
} from '../accounts';
import { DeskProfileForm } from './DeskProfileForm';
import { LanguageSelect } from './LanguageSelect';
import { useCompleteSetup } from './useCompleteSetup';

function SetupPassphrase(props: {
  passphrase: string;
  repeat: string;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
  checked: boolean;
}) {
  const { t } = useTranslation('accounts');
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={2} size="h4" component="legend">
        {t('setup.passphraseTitle')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('setup.passphraseIntro')}
      </Text>
      <NewPassphraseFields {...props} />
    </Stack>
  );
}

export function SetupPage() {
  const { t, i18n } = useTranslation();
  const completeSetup = useCompleteSetup();
  const language = i18n.language as Language;
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);
  const [prepared, setPrepared] = useState<{ profile: DeskProfile; keyring: NewKeyring } | null>(
    null,
  );

  const prepare = async (profile: DeskProfile) => {
    setChecked(true);
    if (newPassphraseProblem(passphrase, repeat)) return;
    const keyring = await prepareKeyring(uuidv7(), passphrase);
    setPrepared({ profile: { ...profile, language }, keyring });
  };

  return (
    <Container size="sm" py="xl" component="main" id="main">
      <Paper withBorder shadow="sm" p="xl" radius="md">
        {prepared ? (
          <RecoveryKeyStep
            recoveryText={prepared.keyring.recoveryText}
            deskName={prepared.profile.deskName}
            municipality={prepared.profile.municipality}
            onContinue={() => completeSetup(prepared.profile, prepared.keyring)}
          />
        ) : (
          <Stack gap="lg">
            <Center>
              <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
                <IconBuildingBridge2 size={32} />
              </ThemeIcon>
            </Center>
            <Stack gap={4} align="center">
              <Title order={1} size="h2">
                {t('setup.title')}
              </Title>
              <Text c="dimmed" ta="center">
                {t('setup.intro')}
              </Text>
            </Stack>
            <DeskProfileForm
              defaultValues={{ language }}
              submitLabel={t('setup.submit')}
              onSubmit={prepare}
              header={
                <LanguageSelect
                  value={language}
                  onChange={(lng) => void i18n.changeLanguage(lng)}
                />
              }
              footer={
                <SetupPassphrase
                  passphrase={passphrase}
                  repeat={repeat}
                  onPassphrase={setPassphrase}
                  onRepeat={setRepeat}
                  checked={checked}
                />
              }
            />
          </Stack>
        )}
      </Paper>
    </Container>
  );
}
