// Settings: the interface language, the desk profile, sync, storage, backups, retention, the audit trail, and what version this is.
import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskProfile, Language } from '../../../domain/records';
import { PageHeader } from '../../ui/PageHeader';
import { SavedNotice } from '../../ui/SavedNotice';
import { StaffPanel, useMay, useRole } from '../accounts';
import { BackupPanel } from '../backup';
import { RetentionPanel } from '../retention';
import { AuditChainPanel } from '../audit';
import { AboutPanel } from './AboutPanel';
import { useDesk } from './DeskContext';
import { DeskProfileForm } from './DeskProfileForm';
import { LanguageSelect } from './LanguageSelect';
import { SampleDataPanel } from './sampleData';
import { StoragePanel } from './StoragePanel';
import { useSaveDeskProfile } from './useSaveDeskProfile';
import { useSavedAt } from '../../ui/useSavedAt';
import { SyncPanel, usePrefixGuard } from '../../sync';

export function SettingsPage({
  publishPanel,
}: {
  /** Settings → Sync → "Publish our commitment", composed by the app (features/catalogue). */
  publishPanel?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const { profile } = useDesk();
  const save = useSaveDeskProfile();
  const { savedAt, markSaved } = useSavedAt();
  const guardPrefix = usePrefixGuard();
  // Only an administrator manages staff, sync and backups: for anyone else they are not shown.
  const role = useRole();
  const administrator = role === 'admin';
  // The audit trail (its check and its viewer) is a supervisor's tool.
  const supervisor = administrator || role === 'supervisor';
  // Loading or removing sample data changes the whole desk's records (domain/roles.ts).
  const mayManageSampleData = useMay('manageSampleData');

  const changeLanguage = async (language: Language) => {
    await i18n.changeLanguage(language);
    await save({ ...profile, language });
    markSaved();
  };
  const saveProfile = async (next: DeskProfile) => {
    // A new case number prefix must be one no other desk of the municipality uses.
    await guardPrefix(next.referencePrefix, () => save({ ...next, language: profile.language }));
    markSaved();
  };

  return (
    <Stack gap="lg" maw={880}>
      <PageHeader title={t('settings.title')} aside={<SavedNotice at={savedAt} />} />
      <Paper withBorder p="lg" component="section" aria-labelledby="language-title">
        <Stack gap="xs">
          <Title order={2} size="h4" id="language-title">
            {t('settings.languageSection')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('settings.languageDescription')}
          </Text>
          <LanguageSelect
            value={i18n.language as Language}
            onChange={(lng) => void changeLanguage(lng)}
            label={t('settings.languageSection')}
          />
        </Stack>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="desk-title">
        <Stack gap="xs">
          <Title order={2} size="h4" id="desk-title">
            {t('settings.deskSection')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('settings.deskDescription')}
          </Text>
          <Divider my="xs" />
          <DeskProfileForm
            key={JSON.stringify(profile)}
            defaultValues={profile}
            submitLabel={t('settings.save')}
            onSubmit={saveProfile}
          />
        </Stack>
      </Paper>
      {administrator && (
        <Paper withBorder p="lg">
          <StaffPanel />
        </Paper>
      )}
      {administrator && (
        <Paper withBorder p="lg">
          <SyncPanel />
        </Paper>
      )}
      {administrator && publishPanel && (
        <Paper withBorder p="lg">
          {publishPanel}
        </Paper>
      )}
      <Paper withBorder p="lg">
        <StoragePanel />
      </Paper>
      {administrator && (
        <Paper withBorder p="lg">
          <BackupPanel />
        </Paper>
      )}
      {administrator && (
        <Paper withBorder p="lg">
          <RetentionPanel presetId={profile.presetId} />
        </Paper>
      )}
      {mayManageSampleData && (
        <Paper withBorder p="lg">
          <SampleDataPanel />
        </Paper>
      )}
      {supervisor && (
        <Paper withBorder p="lg">
          <AuditChainPanel />
        </Paper>
      )}
      <Paper withBorder p="lg">
        <AboutPanel />
      </Paper>
    </Stack>
  );
}
