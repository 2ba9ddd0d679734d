// Adds a link from this stakeholder's page: kind, the other stakeholder, since when, a note.
// A refused link (the same one exists) is explained next to the other stakeholder's field.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  linkFormSchema,
  type LinkFormInput,
  type LinkFormValues,
} from '../../../../domain/stakeholders/formSchema';
import { LINK_KINDS, linkFromKind } from '../../../../domain/stakeholders/linkKinds';
import { DateField } from '../../../ui/DateField';
import { useFieldError } from '../../../ui/useFieldError';
import { useStakeholderOptions } from '../useStakeholderOptions';
import { useStakeholderWrites } from '../useStakeholderWrites';
import { useWriteFailure } from '../useWriteFailure';
import { fieldProblemsOf } from '../writeProblems';
import { SearchableSelect } from '../../../ui/SearchableSelect';

// Blank text (not undefined) so that a reset empties the date and note boxes too.
const EMPTY: LinkFormInput = { kind: '', otherId: '', since: '', note: '' };

export function AddLinkForm({
  stakeholderId,
  onSaved,
}: {
  stakeholderId: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation('stakeholders');
  const fieldError = useFieldError();
  const writes = useStakeholderWrites();
  const reportFailure = useWriteFailure();
  const others = useStakeholderOptions()
    .filter((o) => o.id !== stakeholderId)
    .map((o) => ({ value: o.id, label: o.name }));
  const kinds = LINK_KINDS.map((kind) => ({ value: kind.id, label: t(`linkTypes.${kind.id}`) }));
  const form = useForm<LinkFormInput, unknown, LinkFormValues>({
    resolver: zodResolver(linkFormSchema),
    defaultValues: EMPTY,
  });
  const { control, register, handleSubmit, formState, setError, reset } = form;

  const add = handleSubmit(async ({ kind, otherId, since, note }) => {
    const chosen = LINK_KINDS.find((k) => k.id === kind)!;
    try {
      await writes.createLink({ ...linkFromKind(chosen, stakeholderId, otherId), since, note });
    } catch (error) {
      const problems = fieldProblemsOf(error);
      if (problems) setError('otherId', { message: problems[0]?.message ?? 'errors.invalid' });
      else reportFailure(error);
      return;
    }
    reset(EMPTY);
    onSaved();
  });

  return (
    <form onSubmit={(event) => void add(event)} noValidate aria-label={t('links.add')}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Controller
            control={control}
            name="kind"
            render={({ field, fieldState }) => (
              <SearchableSelect
                label={t('linkTypes.label')}
                data={kinds}
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
            name="otherId"
            render={({ field, fieldState }) => (
              <SearchableSelect
                label={t('links.other')}
                data={others}
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
            name="since"
            render={({ field }) => (
              <DateField
                {...field}
                value={field.value ?? ''}
                label={t('links.since')}
                error={fieldError(formState.errors.since)}
              />
            )}
          />
          <TextInput
            {...register('note')}
            label={t('links.note')}
            error={fieldError(formState.errors.note)}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button
            type="submit"
            size="xs"
            leftSection={<IconLink size={16} aria-hidden />}
            loading={formState.isSubmitting}
          >
            {t('links.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
