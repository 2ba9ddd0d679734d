// First run: a short desk set-up, shown once. Everything can be changed later in Settings.
import { Center, Container, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingBridge2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DeskProfile, Language } from '../../../domain/records';
import { DeskProfileForm } from './DeskProfileForm';
import { LanguageSelect } from './LanguageSelect';
import { useCompleteSetup } from './useCompleteSetup';

export function SetupPage() {
  const { t, i18n } = useTranslation();
  const completeSetup = useCompleteSetup();
  const language = i18n.language as Language;

  return (
    <Container size="sm" py="xl" component="main" id="main">
      <Paper withBorder shadow="sm" p="xl" radius="md">
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
            onSubmit={(profile: DeskProfile) => completeSetup({ ...profile, language })}
            header={
              <LanguageSelect value={language} onChange={(lng) => void i18n.changeLanguage(lng)} />
            }
          />
        </Stack>
      </Paper>
    </Container>
  );
}
