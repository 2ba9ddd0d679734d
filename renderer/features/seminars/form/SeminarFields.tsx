// The session's fields, in the order a facilitator plans a session: what, when, where, who,
// how many. Messages are i18n keys from the form schema, shown next to each field.
import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SeminarFormOutput, SeminarFormValues } from '../../../../domain/seminars/seminarForm';
import { DateField } from '../../../ui/DateField';
import { useFieldError } from '../../../ui/useFieldError';
import { SeminarChoiceFields } from './SeminarChoiceFields';

interface Props {
  form: UseFormReturn<SeminarFormValues, unknown, SeminarFormOutput>;
}

export function SeminarFields({ form }: Props) {
  const { t } = useTranslation('seminars');
  const fieldError = useFieldError();
  const { register } = form;
  const { errors } = form.formState;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          {...register('title')}
          label={t('fields.title')}
          description={t('fields.titleHint')}
          error={fieldError(errors.title)}
          required
          autoFocus
        />
        <SeminarChoiceFields form={form} part="type" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Controller
          control={form.control}
          name="date"
          render={({ field }) => (
            <DateField
              {...field}
              label={t('fields.date')}
              error={fieldError(errors.date)}
              required
            />
          )}
        />
        <TextInput
          {...register('startTime')}
          type="time"
          label={t('fields.startTime')}
          error={fieldError(errors.startTime)}
          required
        />
        <TextInput
          {...register('endTime')}
          type="time"
          label={t('fields.endTime')}
          error={fieldError(errors.endTime)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          {...register('venue')}
          label={t('fields.venue')}
          description={t('fields.venueHint')}
          error={fieldError(errors.venue)}
        />
        <TextInput
          {...register('onlineUrl')}
          type="url"
          dir="ltr"
          label={t('fields.onlineUrl')}
          description={t('fields.onlineUrlHint')}
          error={fieldError(errors.onlineUrl)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          {...register('facilitators')}
          label={t('fields.facilitators')}
          description={t('fields.facilitatorsHint')}
          error={fieldError(errors.facilitators)}
        />
        <SeminarChoiceFields form={form} part="partner" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <SeminarChoiceFields form={form} part="language" />
        <SeminarChoiceFields form={form} part="capacity" />
      </SimpleGrid>
      <Textarea
        {...register('notes')}
        label={t('fields.notes')}
        autosize
        minRows={2}
        error={fieldError(errors.notes)}
      />
    </>
  );
}
