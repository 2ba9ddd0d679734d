// Who is in front of me, and who is it about: the client, their role, and — when the client
// speaks for a relative — the OFW or migrant concerned, with that person's details.
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntakeFormValues } from '../../../../domain/cases/intakeForm';
import { useFieldError } from '../../../ui/useFieldError';
import { PersonPicker } from '../../people';
import { usePreset, usePresetLabel } from '../../settings';
import { DetailFields } from './DetailFields';
import { OpenCasesHint } from './OpenCasesHint';
import { SearchableSelect } from '../../../ui/SearchableSelect';

export function PeopleSection() {
  const { t } = useTranslation('cases');
  const preset = usePreset();
  const label = usePresetLabel();
  const fieldError = useFieldError();
  const { control } = useFormContext<IntakeFormValues>();
  const [clientId, clientRole, ofwId] = useWatch({
    control,
    name: ['clientId', 'clientRole', 'ofwId'],
  });
  const relationship = preset.relativeRoles[clientRole];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="intake-who">
      <Stack gap="sm">
        <Title order={2} size="h4" id="intake-who">
          {t('intake.whoTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="clientId"
            render={({ field, fieldState }) => (
              <PersonPicker
                label={t('intake.client')}
                description={t('intake.clientHint')}
                value={field.value || null}
                onChange={(id) => field.onChange(id ?? '')}
                error={fieldError(fieldState.error)}
                autoFocus
              />
            )}
          />
          <Controller
            control={control}
            name="clientRole"
            render={({ field, fieldState }) => (
              <SearchableSelect
                label={t('intake.clientRole')}
                data={preset.clientRoles.map((id) => ({
                  value: id,
                  label: label('clientRoles', id),
                }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={fieldError(fieldState.error)}
                required
              />
            )}
          />
        </SimpleGrid>
        {relationship && (
          <Stack gap="xs" aria-labelledby="intake-about">
            <Title order={3} size="h5" id="intake-about">
              {t('intake.aboutTitle')}
            </Title>
            <Controller
              control={control}
              name="ofwId"
              render={({ field, fieldState }) => (
                <PersonPicker
                  label={t('intake.ofw')}
                  description={t('intake.ofwHint')}
                  value={field.value}
                  onChange={field.onChange}
                  excludeIds={clientId ? [clientId] : []}
                  error={fieldError(fieldState.error)}
                />
              )}
            />
            <Text size="sm" c="dimmed" data-testid="intake-relationship">
              {t('intake.relationship', {
                person: t('intake.ofw'),
                relationship: t(`relationships.${relationship}`),
              })}
            </Text>
          </Stack>
        )}
        <OpenCasesHint personIds={relationship && ofwId ? [clientId, ofwId] : [clientId]} />
        <DetailFields />
      </Stack>
    </Paper>
  );
}
