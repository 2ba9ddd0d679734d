// The fields of a person, shared by the picker's "new person" form and the person page's edit
// form. Messages come from the person schema as i18n keys, shown in the user's language.
import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import { useFieldError } from '../../ui/useFieldError';
import type { PersonFormOutput, PersonFormValues } from './personFormSchema';

const SEXES = ['unknown', 'female', 'male', 'other'] as const;

interface Props {
  form: UseFormReturn<PersonFormValues, unknown, PersonFormOutput>;
  autoFocusFirst?: boolean;
}

export function PersonFields({ form, autoFocusFirst }: Props) {
  const { t } = useTranslation('people');
  const fieldError = useFieldError();
  const { register, formState, control } = form;
  const { errors } = formState;
  return (
    // Sized by its own width, not the window's: the picker sits in narrow columns too.
    <SimpleGrid
      type="container"
      cols={{ base: 1, '280px': 2, '560px': 3 }}
      spacing="sm"
      verticalSpacing="xs"
    >
      <TextInput
        {...register('givenName')}
        label={t('fields.givenName')}
        error={fieldError(errors.givenName)}
        required
        autoFocus={autoFocusFirst}
      />
      <TextInput
        {...register('middleName')}
        label={t('fields.middleName')}
        error={fieldError(errors.middleName)}
      />
      <TextInput
        {...register('familyName')}
        label={t('fields.familyName')}
        error={fieldError(errors.familyName)}
        required
      />
      <NativeSelect
        {...register('sex')}
        label={t('fields.sex')}
        data={SEXES.map((sex) => ({ value: sex, label: t(`sex.${sex}`) }))}
      />
      <Controller
        control={control}
        name="birthDate"
        render={({ field }) => (
          <DateField
            {...field}
            value={field.value ?? ''}
            label={t('fields.birthDate')}
            error={fieldError(errors.birthDate)}
          />
        )}
      />
      <TextInput
        {...register('phone')}
        type="tel"
        dir="ltr"
        label={t('fields.phone')}
        error={fieldError(errors.phone)}
      />
      <TextInput
        {...register('barangay')}
        label={t('fields.barangay')}
        error={fieldError(errors.barangay)}
      />
      <TextInput {...register('city')} label={t('fields.city')} error={fieldError(errors.city)} />
    </SimpleGrid>
  );
}
