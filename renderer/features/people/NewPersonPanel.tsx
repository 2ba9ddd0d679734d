// "Create new person" inside the picker: the form prefilled from what was typed, then a check
// for likely duplicates before anything is saved. Not a <form>: the picker often sits inside
// another form (the intake), and forms cannot nest; Enter and Esc are handled here instead.
// Esc with something typed asks first (DiscardQuestion); a second Esc goes back to the form.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LikelyDuplicate } from '../../../domain/people/duplicates';
import { DiscardQuestion } from './DiscardQuestion';
import { DuplicateChoice } from './DuplicateChoice';
import type { Person, PersonInput } from './peopleRepository';
import { PersonFields } from './PersonFields';
import {
  emptyPersonForm,
  personFormSchema,
  toPersonInput,
  type PersonFormOutput,
  type PersonFormValues,
} from './personFormSchema';
import { splitTypedName } from './splitTypedName';
import { useNewPerson } from './useNewPerson';
import { useErrorText } from '../../ui/useErrorText';
import { useDeskMunicipality } from '../settings';

interface Props {
  typed: string;
  label: string;
  onCreated: (id: string) => void;
  onCancel: () => void;
}

interface Pending {
  input: PersonInput;
  duplicates: LikelyDuplicate<Person>[];
}

export function NewPersonPanel({ typed, label, onCreated, onCancel }: Props) {
  const { t } = useTranslation('people');
  const describeError = useErrorText();
  const titleId = useId();
  const { findDuplicates, create } = useNewPerson();
  const [pending, setPending] = useState<Pending | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Most people a desk serves live in its own city: the officer changes it for the others.
  const city = useDeskMunicipality() ?? '';
  // While asking whether to discard: the field to go back to.
  const [asking, setAsking] = useState<keyof PersonFormValues | null>(null);
  const [returnTo, setReturnTo] = useState<keyof PersonFormValues | null>(null);
  const form = useForm<PersonFormValues, unknown, PersonFormOutput>({
    resolver: zodResolver(personFormSchema),
    defaultValues: { ...emptyPersonForm(), city, ...splitTypedName(typed) },
    // Not on blur: an error appearing under a field would move the Save button under the click.
    mode: 'onSubmit',
  });

  const save = async (input: PersonInput) => {
    try {
      onCreated((await create(input)).id);
    } catch (error) {
      setFailure(describeError(error));
    }
  };
  const submit = form.handleSubmit(async (values) => {
    const input = toPersonInput(values);
    const duplicates = await findDuplicates(input);
    if (duplicates.length > 0) setPending({ input, duplicates });
    else await save(input);
  });
  const { isDirty } = form.formState;
  const { setFocus } = form;
  useEffect(() => {
    if (returnTo) setFocus(returnTo);
  }, [returnTo, setFocus]);
  const keepEditing = () => {
    setReturnTo(asking);
    setAsking(null);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (asking) keepEditing();
      else if (!isDirty) onCancel();
      else {
        const name = (event.target as HTMLInputElement).name as keyof PersonFormValues;
        setReturnTo(null);
        setAsking(name in emptyPersonForm() ? name : 'givenName');
      }
    } else if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <Paper withBorder p="md" role="group" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <Stack gap="sm">
        <Group gap="xs">
          <IconUserPlus size={18} aria-hidden />
          <Title order={3} size="h5" id={titleId}>
            {t('newPerson.title', { label })}
          </Title>
        </Group>
        {asking ? (
          <DiscardQuestion onKeep={keepEditing} onDiscard={onCancel} />
        ) : pending ? (
          <DuplicateChoice
            duplicates={pending.duplicates}
            creating={form.formState.isSubmitting}
            onUse={onCreated}
            onCreateAnyway={() => void save(pending.input)}
            onBack={() => setPending(null)}
          />
        ) : (
          <>
            <PersonFields form={form} autoFocusFirst />
            <Group gap="sm">
              <Button onClick={() => void submit()} loading={form.formState.isSubmitting}>
                {t('newPerson.save')}
              </Button>
              <Button variant="subtle" onClick={onCancel}>
                {t('newPerson.cancel')}
              </Button>
            </Group>
          </>
        )}
        {failure && (
          <Text c="red" role="alert">
            {t('errors.saveFailed', { ns: 'common', reason: failure })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
