// Intake: a walk-in or a phone call, top to bottom in the order of the conversation: who is in
// front of me → who is it about → what happened → consent → Save. The right column shows the
// client's earlier cases and household.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useMemo } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  emptyIntake,
  intakeFormSchema,
  type IntakeFormValues,
} from '../../../../domain/cases/intakeForm';
import { formatTime } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { usePreset } from '../../settings';
import { ClientContext } from './ClientContext';
import { ConsentSection } from './ConsentSection';
import { PeopleSection } from './PeopleSection';
import { useCreateCase } from './useCreateCase';
import { useIntakeDraft } from './useIntakeDraft';
import { WhatHappenedSection } from './WhatHappenedSection';
import { useErrorText } from '../../../ui/useErrorText';

export function IntakePage() {
  const { t, i18n } = useTranslation('cases');
  const describeError = useErrorText();
  const preset = usePreset();
  const navigate = useNavigate();
  const createCase = useCreateCase();
  const schema = useMemo(() => intakeFormSchema(preset), [preset]);
  const form = useForm<IntakeFormValues>({
    resolver: zodResolver(schema),
    defaultValues: emptyIntake(),
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const formRef = useFocusFirstError(form.formState);
  const draft = useIntakeDraft(form);

  const submit = form.handleSubmit(async (values) => {
    draft.cancelPendingSave();
    try {
      const created = await createCase(values);
      await navigate(`/cases/${created.id}`);
    } catch (error) {
      const reason = describeError(error);
      form.setError('root', { message: t('errors.saveFailed', { ns: 'common', reason }) });
    }
  });

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-labelledby="intake-title"
      >
        <Stack gap="md">
          <PageHeader title={t('intake.title')} titleId="intake-title" />
          {draft.restoredAt && (
            <Alert icon={<IconRestore aria-hidden />} color="blue" data-testid="draft-restored">
              <Group justify="space-between">
                <Text size="sm">
                  {t('intake.draftRestored', { time: formatTime(i18n.language, draft.restoredAt) })}
                </Text>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => void draft.discard(emptyIntake())}
                >
                  {t('intake.discardDraft')}
                </Button>
              </Group>
            </Alert>
          )}
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="md">
                <PeopleSection />
                <WhatHappenedSection />
                <ConsentSection />
                {form.formState.errors.root && (
                  <Alert color="red" role="alert">
                    {form.formState.errors.root.message}
                  </Alert>
                )}
                <Paper withBorder p="md">
                  <Group justify="space-between">
                    <Text size="sm" c="dimmed" role="status" data-testid="draft-status">
                      {draft.savedAt
                        ? t('intake.draftSavedAt', {
                            time: formatTime(i18n.language, draft.savedAt),
                          })
                        : t('intake.draftSaved')}
                    </Text>
                    <Button
                      type="submit"
                      leftSection={<IconDeviceFloppy size={18} aria-hidden />}
                      loading={form.formState.isSubmitting}
                      disabled={!draft.ready}
                    >
                      {t('intake.save')}
                    </Button>
                  </Group>
                </Paper>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <ClientContext />
            </Grid.Col>
          </Grid>
        </Stack>
      </form>
    </FormProvider>
  );
}
