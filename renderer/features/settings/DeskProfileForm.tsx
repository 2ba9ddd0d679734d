// The desk profile form, used by the first-run set-up and by Settings.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../../../domain/countries';
import { getPreset } from '../../../domain/presets';
import { deskProfileSchema, PRESET_IDS, type DeskProfile } from '../../../domain/records';
import type { PresetId } from '../../../domain/records/desk';
import { countryName } from '../../ui/format';
import { SearchableSelect } from '../../ui/SearchableSelect';
import { useFieldError } from '../../ui/useFieldError';
import { suggestReferencePrefix } from './suggestReferencePrefix';
import { useErrorText } from '../../ui/useErrorText';

const EMPTY_PROFILE: DeskProfile = {
  municipality: '',
  country: '',
  deskName: '',
  presetId: 'ofw-ph',
  staffName: '',
  language: 'en',
  referencePrefix: '',
};

/** The country of a kind of desk (the OFW desk: the Philippines), or '' when it varies. */
const presetCountry = (id: PresetId) => getPreset(id).homeCountry ?? '';

interface Props {
  defaultValues: Partial<DeskProfile>;
  submitLabel: string;
  onSubmit: (profile: DeskProfile) => Promise<void>;
  /** Extra fields shown at the top (the set-up puts the language picker there). */
  header?: ReactNode;
  /** Extra fields shown before the submit button (the set-up asks for a passphrase there). */
  footer?: ReactNode;
}

export function DeskProfileForm({ defaultValues, submitLabel, onSubmit, header, footer }: Props) {
  const { t, i18n } = useTranslation();
  const describeError = useErrorText();
  const fieldError = useFieldError();
  // At the first run the country follows the kind of desk until the officer chooses another.
  const countryFollowsPreset = !defaultValues.country;
  const presetId = defaultValues.presetId ?? EMPTY_PROFILE.presetId;
  const form = useForm<DeskProfile>({
    resolver: zodResolver(deskProfileSchema),
    defaultValues: { ...EMPTY_PROFILE, country: presetCountry(presetId), ...defaultValues },
    mode: 'onTouched',
  });
  const { register, control, handleSubmit, formState, setValue, getFieldState, setError } = form;
  const submit = handleSubmit(async (profile) => {
    try {
      await onSubmit(profile);
    } catch (error) {
      const reason = describeError(error);
      setError('root', { message: t('errors.saveFailed', { reason }) });
    }
  });
  const countries = useMemo(
    () =>
      COUNTRY_CODES.map((code) => ({ value: code, label: countryName(i18n.language, code) })).sort(
        (a, b) => a.label.localeCompare(b.label, i18n.language),
      ),
    [i18n.language],
  );
  const prefix = useWatch({ control, name: 'referencePrefix' });
  const prefixExample = `${prefix || 'LGZ'}-${new Date().getFullYear()}-000123`;

  const municipalityField = register('municipality', {
    onChange: (event: { target: { value: string } }) => {
      if (!getFieldState('referencePrefix').isDirty) {
        setValue('referencePrefix', suggestReferencePrefix(event.target.value));
      }
    },
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {header}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            {...municipalityField}
            label={t('setup.municipality')}
            description={t('setup.municipalityHint')}
            error={fieldError(formState.errors.municipality)}
            required
            data-autofocus
          />
          <Controller
            control={control}
            name="country"
            render={({ field, fieldState }) => (
              <SearchableSelect
                label={t('setup.country')}
                data={countries}
                // Picking the pre-filled country again must keep it, not clear it.
                allowDeselect={false}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={fieldError(fieldState.error)}
                required
              />
            )}
          />
          <TextInput
            {...register('deskName')}
            label={t('setup.deskName')}
            description={t('setup.deskNameHint')}
            error={fieldError(formState.errors.deskName)}
            required
          />
          <TextInput
            {...register('referencePrefix', {
              setValueAs: (value: string) => value.toUpperCase(),
            })}
            label={t('setup.referencePrefix')}
            description={t('setup.referencePrefixHint', { example: prefixExample })}
            error={fieldError(formState.errors.referencePrefix)}
            maxLength={5}
            required
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="presetId"
          render={({ field }) => (
            <Radio.Group
              label={t('setup.preset')}
              description={t('setup.presetHint')}
              value={field.value}
              onChange={(value) => {
                const country = form.getValues('country');
                if (countryFollowsPreset && [presetCountry(field.value), ''].includes(country))
                  setValue('country', presetCountry(value));
                field.onChange(value);
              }}
            >
              <Group mt="xs" gap="md">
                {PRESET_IDS.map((id) => (
                  <Radio key={id} value={id} label={t(`${id}.name`, { ns: 'presets' })} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <TextInput
          {...register('staffName')}
          label={t('setup.staffName')}
          description={t('setup.staffNameHint')}
          error={fieldError(formState.errors.staffName)}
          required
        />
        {footer}
        {formState.errors.root && (
          <Text c="red" role="alert">
            {formState.errors.root.message}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={formState.isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
