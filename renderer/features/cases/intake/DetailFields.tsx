// The preset's details of the person concerned (OFW: destination, employer, agency, contract,
// OWWA membership, e-Registration number; migrant: origin, arrival, status, documents).
import { Select, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useFormContext, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../../../../domain/countries';
import { seesDetailField } from '../../../../domain/cases/caseAccess';
import type { CaseFactsValues } from '../../../../domain/cases/caseFactsForm';
import type { OfwFieldDefinition } from '../../../../domain/presets';
import { countryName } from '../../../ui/format';
import { DateField } from '../../../ui/DateField';
import { SearchableSelect } from '../../../ui/SearchableSelect';
import { useFieldError } from '../../../ui/useFieldError';
import { useRole } from '../../accounts';
import { usePreset, usePresetLabel } from '../../settings';

function useCountryOptions(top: readonly string[]) {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const name = (code: string) => countryName(i18n.language, code);
    const rest = COUNTRY_CODES.filter((c) => !top.includes(c)).sort((a, b) =>
      name(a).localeCompare(name(b)),
    );
    return [...top, ...rest].map((code) => ({ value: code, label: name(code) }));
  }, [i18n.language, top]);
}

/**
 * `editing`: a saved case's facts, where a field the role may not read (a clerk: the legal
 * status) is left out; at intake everyone records what the person tells them.
 */
export function DetailFields({ editing = false }: { editing?: boolean }) {
  const { t } = useTranslation('cases');
  const preset = usePreset();
  const label = usePresetLabel();
  const fieldError = useFieldError();
  const { control, register } = useFormContext<CaseFactsValues>();
  const { errors } = useFormState({ control, name: 'details' });
  const countries = useCountryOptions(preset.topDestinations);
  const role = useRole();

  const renderField = (field: OfwFieldDefinition) => {
    const name = `details.${field.id}` as const;
    const fieldLabel = label('fields', field.id);
    const error = fieldError(errors.details?.[field.id]);
    if (field.kind === 'text')
      return <TextInput key={field.id} label={fieldLabel} error={error} {...register(name)} />;
    if (field.kind === 'date')
      return (
        <Controller
          key={field.id}
          control={control}
          name={name}
          render={({ field: f }) => (
            <DateField {...f} value={f.value ?? ''} label={fieldLabel} error={error} />
          )}
        />
      );
    const data =
      field.kind === 'country'
        ? countries
        : (field.options ?? []).map((id) => ({
            value: id,
            label: label(`fieldOptions.${field.id}`, id),
          }));
    return (
      <Controller
        key={field.id}
        control={control}
        name={name}
        render={({ field: f }) => {
          const props = {
            label: fieldLabel,
            data,
            value: f.value || null,
            onChange: (value: string | null) => f.onChange(value ?? ''),
            onBlur: f.onBlur,
            clearable: true,
            error,
          };
          return field.kind === 'country' ? <SearchableSelect {...props} /> : <Select {...props} />;
        }}
      />
    );
  };

  return (
    <>
      <Title order={3} size="h5">
        {t('intake.detailsTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {preset.detailFields
          .filter((f) => !editing || seesDetailField(role, `${preset.detailsRecord}.${f.id}`))
          .map(renderField)}
      </SimpleGrid>
    </>
  );
}
