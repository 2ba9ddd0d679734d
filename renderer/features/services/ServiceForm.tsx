// The service editor: details for the officer, the check by the desk, and the client handout
// per language. Enter or Ctrl+S saves; a failed save keeps everything typed.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { serviceSchema, type Language } from '../../../domain/records';
import { HandoutEditor } from './HandoutEditor';
import { ServiceApplySection } from './ServiceApplySection';
import { ServiceBasicsSection } from './ServiceBasicsSection';
import { ServiceCheckSection } from './ServiceCheckSection';
import type { ServiceValues } from './serviceFormValues';
import type { ServiceInput } from './serviceTypes';
import { useErrorText } from '../../ui/useErrorText';

interface Props {
  defaultValues: ServiceInput;
  submitLabel: string;
  onSubmit: (values: ServiceValues) => Promise<void>;
  onDirtyChange?: (dirty: boolean) => void;
  /** Shown at the start of the button row (the delete button). */
  extraActions?: ReactNode;
}

export function ServiceForm(props: Props) {
  const { defaultValues, submitLabel, onSubmit, onDirtyChange, extraActions } = props;
  const { t, i18n } = useTranslation('services');
  const describeError = useErrorText();
  const form = useForm<ServiceInput, unknown, ServiceValues>({
    resolver: zodResolver(serviceSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const { handleSubmit, formState, setError, reset } = form;
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
      reset(values);
    } catch (error) {
      const reason = describeError(error);
      setError('root', { message: t('errors.saveFailed', { ns: 'common', reason }) });
    }
  });
  // Saving is the most frequent act on this screen; it works from inside any field.
  useHotkeys([['mod+s', () => void submit()]], []);
  useEffect(() => onDirtyChange?.(formState.isDirty), [formState.isDirty, onDirtyChange]);

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="lg">
          <ServiceBasicsSection />
          <ServiceApplySection />
          <ServiceCheckSection />
          <HandoutEditor initialLanguage={i18n.language as Language} />
          {formState.errors.root && (
            <Text c="red" role="alert">
              {formState.errors.root.message}
            </Text>
          )}
          <Group justify="space-between">
            <div>{extraActions}</div>
            <Group gap="sm">
              <Text size="xs" c="dimmed">
                {t('page.saveShortcut')}
              </Text>
              <Button type="submit" loading={formState.isSubmitting}>
                {submitLabel}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
