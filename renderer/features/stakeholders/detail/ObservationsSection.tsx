// Dated observations of the needs the organisation reports: a short composer (date, text,
// Enter in the date or Ctrl+Enter in the text adds it) above the list, newest first.
import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../domain/localDay';
import { observationSchema, type Observation } from '../../../../domain/records';
import { formatDay } from '../formatDay';
import { DateField } from '../../../ui/DateField';
import { useFieldError } from '../../../ui/useFieldError';
import type { StoredStakeholder } from '../stakeholderRepository';
import { useStakeholderWrites } from '../useStakeholderWrites';
import { useWriteFailure } from '../useWriteFailure';

export function ObservationsSection({
  stakeholder,
  onSaved,
}: {
  stakeholder: StoredStakeholder;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('stakeholders');
  const fieldError = useFieldError();
  const writes = useStakeholderWrites();
  const reportFailure = useWriteFailure();
  const form = useForm<Observation>({
    resolver: zodResolver(observationSchema),
    defaultValues: { date: localDay(), text: '' },
  });
  const { register, handleSubmit, formState, reset, control } = form;
  const add = handleSubmit(async (observation) => {
    try {
      await writes.addObservation(stakeholder.id, observation);
    } catch (error) {
      reportFailure(error);
      return;
    }
    reset({ date: observation.date, text: '' });
    onSaved();
  });
  const remove = (observation: Observation) =>
    writes.removeObservation(stakeholder.id, observation).then(onSaved, reportFailure);

  return (
    <Stack gap="xs" component="section" aria-labelledby="observations-title">
      <Title order={2} size="h4" id="observations-title">
        {t('observations.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('observations.hint')}
      </Text>
      <form onSubmit={(event) => void add(event)} noValidate>
        <Stack gap="xs">
          <Controller
            control={control}
            name="date"
            render={({ field }) => (
              <DateField
                {...field}
                label={t('observations.date')}
                error={fieldError(formState.errors.date)}
                w={180}
                required
              />
            )}
          />
          <Textarea
            {...register('text')}
            label={t('observations.text')}
            autosize
            minRows={2}
            error={fieldError(formState.errors.text)}
            required
            onKeyDown={(event) => event.key === 'Enter' && event.ctrlKey && void add()}
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              size="xs"
              leftSection={<IconPlus size={16} aria-hidden />}
              loading={formState.isSubmitting}
            >
              {t('observations.add')}
            </Button>
          </Group>
        </Stack>
      </form>
      {stakeholder.observations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('observations.empty')}
        </Text>
      ) : (
        <Stack
          gap={6}
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          data-testid="observations"
        >
          {stakeholder.observations.map((o, index) => (
            <Group
              component="li"
              key={`${o.date}-${index}`}
              wrap="nowrap"
              align="flex-start"
              gap="xs"
            >
              <Stack gap={0} style={{ flex: 1 }}>
                <Text size="xs" fw={700} c="dimmed">
                  {formatDay(i18n.language, o.date)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {o.text}
                </Text>
              </Stack>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('observations.remove', { date: formatDay(i18n.language, o.date) })}
                onClick={() => void remove(o)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
