// Editing a person: the same fields and checks as creating one. Enter saves, Esc cancels.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Person } from './peopleRepository';
import { PersonFields } from './PersonFields';
import {
  personFormSchema,
  personFormValues,
  toPersonInput,
  type PersonFormOutput,
  type PersonFormValues,
} from './personFormSchema';
import { useErrorText } from '../../ui/useErrorText';

interface Props {
  person: Person;
  onSave: (input: ReturnType<typeof toPersonInput>) => Promise<unknown>;
  onDone: () => void;
}

export function PersonEditForm({ person, onSave, onDone }: Props) {
  const { t } = useTranslation('people');
  const describeError = useErrorText();
  const form = useForm<PersonFormValues, unknown, PersonFormOutput>({
    resolver: zodResolver(personFormSchema),
    defaultValues: personFormValues(person),
    // Not on blur: an error appearing under a field would move the Save button under the click.
    mode: 'onSubmit',
  });
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSave(toPersonInput(values));
      onDone();
    } catch (error) {
      const reason = describeError(error);
      form.setError('root', { message: t('errors.saveFailed', { ns: 'common', reason }) });
    }
  });
  return (
    <form
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => event.key === 'Escape' && onDone()}
      noValidate
      aria-label={t('page.editTitle')}
    >
      <Stack gap="sm">
        <PersonFields form={form} autoFocusFirst />
        {form.formState.errors.root && (
          <Text c="red" role="alert">
            {form.formState.errors.root.message}
          </Text>
        )}
        <Group gap="sm">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('page.save')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('page.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
