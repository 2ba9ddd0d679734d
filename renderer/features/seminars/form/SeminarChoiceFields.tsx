// The session form's fields that are choices (type, partner, language) or a number (capacity):
// controlled inputs, kept apart from the plain text fields.
import { NumberInput, Select } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../domain/records';
import type { SeminarFormOutput, SeminarFormValues } from '../../../../domain/seminars/seminarForm';
import { SearchableSelect } from '../../../ui/SearchableSelect';
import { useFieldError } from '../../../ui/useFieldError';
import { usePreset, usePresetLabel } from '../../settings';
import { useStakeholderOptions } from '../../stakeholders';

interface Props {
  form: UseFormReturn<SeminarFormValues, unknown, SeminarFormOutput>;
  part: 'type' | 'partner' | 'language' | 'capacity';
}

export function SeminarChoiceFields({ form, part }: Props) {
  const { t } = useTranslation('seminars');
  const fieldError = useFieldError();
  const preset = usePreset();
  const label = usePresetLabel();
  const partners = useStakeholderOptions();
  const { control } = form;

  if (part === 'capacity') {
    return (
      <Controller
        control={control}
        name="capacity"
        render={({ field, fieldState }) => (
          <NumberInput
            label={t('fields.capacity')}
            description={t('fields.capacityHint')}
            value={Number.isNaN(field.value) ? '' : field.value}
            onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
            onBlur={field.onBlur}
            min={1}
            allowDecimal={false}
            error={fieldError(fieldState.error)}
            required
          />
        )}
      />
    );
  }
  const choices = {
    type: preset.seminarTypes.map((id) => ({ value: id, label: label('seminarTypes', id) })),
    partner: partners.map((p) => ({ value: p.id, label: p.name })),
    language: LANGUAGES.map((lng) => ({
      value: lng,
      label: t(`languages.${lng}`, { ns: 'common' }),
    })),
  }[part];
  const name = part === 'partner' ? 'partnerId' : part;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const props = {
          label: t(`fields.${part}`),
          description: part === 'language' ? t('fields.languageHint') : undefined,
          data: choices,
          value: field.value || null,
          onBlur: field.onBlur,
          error: fieldError(fieldState.error),
        };
        // The partner may be left empty; the type and language may not.
        return part === 'partner' ? (
          <SearchableSelect {...props} onChange={field.onChange} clearable />
        ) : (
          <Select
            {...props}
            onChange={(value) => field.onChange(value ?? '')}
            allowDeselect={false}
            required
          />
        );
      }}
    />
  );
}
