// The session form: its fields, a save that keeps what was typed when it fails, Enter to save
// (the form's submit button) and Esc to leave.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  seminarFormSchema,
  type SeminarFormOutput,
  type SeminarFormValues,
} from '../../../../domain/seminars/seminarForm';
import { SeminarFields } from './SeminarFields';
import { useErrorText } from '../../../ui/useErrorText';

interface Props {
  defaults: SeminarFormValues;
  onSave: (values: SeminarFormOutput) => Promise<void>;
  onCancel: () => void;
}

export function SeminarForm({ defaults, onSave, onCancel }: Props) {
  const { t } = useTranslation('seminars');
  const describeError = useErrorText();
  const form = useForm<SeminarFormValues, unknown, SeminarFormOutput>({
    resolver: zodResolver(seminarFormSchema),
    defaultValues: defaults,
    mode: 'onTouched',
  });
  const { formState } = form;
  const { errors } = formState;
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSave(values);
    } catch (error) {
      const reason = describeError(error);
      form.setError('root', { message: t('errors.saveFailed', { ns: 'common', reason }) });
    }
  });
  const onKeyDown = (event: KeyboardEvent) => {
    // Esc in an open list closes the list; only Esc elsewhere leaves the form.
    const target = event.target as HTMLElement;
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (target.getAttribute('aria-expanded') === 'true') return;
    onCancel();
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby="seminar-form-title"
    >
      <Paper withBorder p="md">
        <Stack gap="sm">
          <SeminarFields form={form} />
          {errors.root && (
            <Alert color="red" role="alert">
              {errors.root.message}
            </Alert>
          )}
          <Group gap="sm">
            <Button
              type="submit"
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
              loading={formState.isSubmitting}
            >
              {t('form.save')}
            </Button>
            <Button variant="subtle" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}
