// Consent per purpose, or another legal basis (an emergency makes consent unfree).
import { Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INTAKE_PURPOSES, type IntakeFormValues } from '../../../../domain/cases/intakeForm';
import { legalBasisSchema } from '../../../../domain/records';
import { useFieldError } from '../../../ui/useFieldError';
import { usePrivacyLaw } from '../../settings';

const CHOICES = [...legalBasisSchema.options, 'none'] as const;

export function ConsentSection() {
  const { t } = useTranslation('cases');
  const fieldError = useFieldError();
  const law = usePrivacyLaw();
  const { control } = useFormContext<IntakeFormValues>();
  const data = CHOICES.map((id) => ({ value: id, label: t(`consent.basis.${id}`) }));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="intake-consent">
      <Stack gap="sm">
        <Title order={2} size="h4" id="intake-consent">
          {t('intake.consentTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('intake.consentHint', { law })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {INTAKE_PURPOSES.map((purpose) => (
            <Controller
              key={purpose}
              control={control}
              name={`consents.${purpose}`}
              render={({ field, fieldState }) => (
                <Select
                  label={t(`consent.purposes.${purpose}`)}
                  data={data}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  onBlur={field.onBlur}
                  allowDeselect={false}
                  error={fieldError(fieldState.error)}
                  required={purpose === 'caseHandling'}
                />
              )}
            />
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
