// The organisation form: who they are, where, what they do, who to call. Errors appear next to
// their field in the user's language; a refused save keeps everything that was typed.
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  stakeholderFormSchema,
  type StakeholderFormInput,
  type StakeholderFormValues,
} from '../../../../domain/stakeholders/formSchema';
import { useFieldError } from '../../../ui/useFieldError';
import { blankToUndefined } from '../writeProblems';
import { ContactsFieldset } from './ContactsFieldset';
import { CoordinatesFields } from './CoordinatesFields';
import { useFormChoices } from './useFormChoices';
import { useErrorText } from '../../../ui/useErrorText';
import { SearchableMultiSelect, SearchableSelect } from '../../../ui/SearchableSelect';

interface Props {
  defaultValues: StakeholderFormInput;
  onSubmit: (values: StakeholderFormValues) => Promise<void>;
  onCancel: () => void;
}

export function StakeholderForm({ defaultValues, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('stakeholders');
  const { t: tc } = useTranslation();
  const describeError = useErrorText();
  const fieldError = useFieldError();
  const form = useForm<StakeholderFormInput, unknown, StakeholderFormValues>({
    resolver: zodResolver(stakeholderFormSchema),
    defaultValues,
    // Errors appear on Save, not on leaving a field: a message appearing on blur moves the
    // Save button between mouse down and up, and the click is lost.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, control, handleSubmit, formState, setError } = form;
  const errors = formState.errors;
  const choices = useFormChoices(useWatch({ control, name: 'languages' }) ?? []);
  const optional = { setValueAs: blankToUndefined };
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      const reason = describeError(error);
      setError('root', { message: tc('errors.saveFailed', { reason }) });
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            {...register('name')}
            label={t('form.name')}
            error={fieldError(errors.name)}
            required
            data-autofocus
          />
          <Controller
            control={control}
            name="type"
            render={({ field, fieldState }) => (
              <SearchableSelect
                label={t('form.type')}
                data={choices.types}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={fieldError(fieldState.error)}
                required
              />
            )}
          />
          <Controller
            control={control}
            name="country"
            render={({ field, fieldState }) => (
              <SearchableSelect
                label={t('form.country')}
                data={choices.countries}
                value={field.value ?? null}
                onChange={(v) => field.onChange(v ?? undefined)}
                onBlur={field.onBlur}
                error={fieldError(fieldState.error)}
                clearable
              />
            )}
          />
          <TextInput
            {...register('city', optional)}
            label={t('form.city')}
            error={fieldError(errors.city)}
          />
          <CoordinatesFields control={control} />
          <Controller
            control={control}
            name="engagement"
            render={({ field }) => (
              <Select
                label={t('form.engagement')}
                data={choices.engagement}
                value={field.value ?? 'none'}
                onChange={(v) => v && field.onChange(v)}
                allowDeselect={false}
              />
            )}
          />
          <Controller
            control={control}
            name="languages"
            render={({ field }) => (
              <SearchableMultiSelect
                label={t('form.languages')}
                data={choices.languages}
                value={field.value ?? []}
                onChange={field.onChange}
                clearable
              />
            )}
          />
          <Controller
            control={control}
            name="sectors"
            render={({ field }) => (
              <SearchableMultiSelect
                label={t('form.sectors')}
                data={choices.sectors}
                value={field.value ?? []}
                onChange={field.onChange}
                clearable
              />
            )}
          />
          <Controller
            control={control}
            name="servicesOffered"
            render={({ field }) => (
              <TagsInput
                label={t('form.services')}
                description={t('form.servicesHint')}
                value={field.value ?? []}
                onChange={field.onChange}
                clearable
              />
            )}
          />
        </SimpleGrid>
        <Textarea
          {...register('notes', optional)}
          label={t('form.notes')}
          autosize
          minRows={2}
          maxRows={8}
          error={fieldError(errors.notes)}
        />
        <ContactsFieldset control={control} register={register} errors={errors} />
        {errors.root && (
          <Text c="red.8" role="alert">
            {errors.root.message}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={formState.isSubmitting}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
