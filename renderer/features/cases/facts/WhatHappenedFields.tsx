// What happened: how the client came, the categories (toggle chips, several allowed), the
// urgency and the client's account. The intake and the case page's edit form share them.
import { Chip, Group, Input, SegmentedControl } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseFactsValues } from '../../../../domain/cases/caseFactsForm';
import { channelSchema, urgencySchema } from '../../../../domain/records';
import { useFieldError } from '../../../ui/useFieldError';
import { usePreset, usePresetLabel } from '../../settings';
import { DescriptionField } from './DescriptionField';

export function WhatHappenedFields() {
  const { t } = useTranslation('cases');
  const preset = usePreset();
  const label = usePresetLabel();
  const fieldError = useFieldError();
  const { control } = useFormContext<CaseFactsValues>();

  return (
    <>
      <Controller
        control={control}
        name="channel"
        render={({ field }) => (
          <Input.Wrapper label={t('intake.channel')} id="intake-channel">
            <SegmentedControl
              aria-labelledby="intake-channel-label"
              value={field.value}
              onChange={field.onChange}
              data={channelSchema.options.map((id) => ({ value: id, label: t(`channel.${id}`) }))}
              fullWidth
            />
          </Input.Wrapper>
        )}
      />
      <Controller
        control={control}
        name="categories"
        render={({ field, fieldState }) => (
          <Input.Wrapper
            label={t('intake.categories')}
            description={t('intake.categoriesHint')}
            error={fieldError(fieldState.error)}
            required
          >
            <Chip.Group multiple value={field.value} onChange={field.onChange}>
              <Group
                gap={6}
                mt={6}
                role="group"
                aria-label={t('intake.categories')}
                data-invalid={fieldState.invalid || undefined}
              >
                {preset.categories.map((id) => (
                  <Chip key={id} value={id} size="sm" variant="outline">
                    {label('categories', id)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Input.Wrapper>
        )}
      />
      <Controller
        control={control}
        name="urgency"
        render={({ field }) => (
          <Input.Wrapper label={t('intake.urgency')}>
            <SegmentedControl
              value={field.value}
              onChange={field.onChange}
              data={urgencySchema.options.map((id) => ({ value: id, label: t(`urgency.${id}`) }))}
              color={field.value === 'critical' ? 'red.9' : undefined}
            />
          </Input.Wrapper>
        )}
      />
      <DescriptionField />
    </>
  );
}
