// Latitude and longitude side by side, with one hint under both. Digits stay left-to-right in
// Arabic. A half-typed number ("2.", "-") counts as not given until it is a number.
import { Group, NumberInput, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { StakeholderFormInput } from '../../../../domain/stakeholders/formSchema';
import { useFieldError } from '../../../ui/useFieldError';

function numberOrUndefined(value: string | number): number | undefined {
  if (typeof value === 'number') return value;
  const parsed = Number(value.replace(',', '.'));
  return value.trim() === '' || Number.isNaN(parsed) ? undefined : parsed;
}

const LIMITS = { latitude: 90, longitude: 180 } as const;

export function CoordinatesFields({ control }: { control: Control<StakeholderFormInput> }) {
  const { t } = useTranslation('stakeholders');
  const fieldError = useFieldError();
  const hintId = useId();
  const coordinate = (name: 'latitude' | 'longitude') => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={t(`form.${name}`)}
          value={field.value ?? ''}
          onChange={(value) => field.onChange(numberOrUndefined(value))}
          onBlur={field.onBlur}
          min={-LIMITS[name]}
          max={LIMITS[name]}
          decimalScale={6}
          hideControls
          error={fieldError(fieldState.error)}
          aria-describedby={hintId}
          className="ltr-inline"
          style={{ flex: 1 }}
        />
      )}
    />
  );
  return (
    <Stack gap={4}>
      <Group grow align="flex-start" gap="xs">
        {coordinate('latitude')}
        {coordinate('longitude')}
      </Group>
      <Text size="xs" c="dimmed" id={hintId}>
        {t('form.coordinatesHint')}
      </Text>
    </Stack>
  );
}
