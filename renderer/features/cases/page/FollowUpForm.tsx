// A follow-up with a due date ("follow up after 2 days", as the citizen's charter says).
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../domain/localDay';
import { DateField } from '../../../ui/DateField';
import { isLocalDay } from '../../../ui/dateText';
import { SavedNotice } from '../../../ui/SavedNotice';
import { useSavedAt } from '../../../ui/useSavedAt';

export function FollowUpForm({
  onSubmit,
}: {
  onSubmit: (dueAt: string, text: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('cases');
  const [due, setDue] = useState(() => localDay(new Date(), 2));
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ due?: string; text?: string }>({});
  const { savedAt, markSaved } = useSavedAt();

  const submit = async () => {
    const next = {
      due: !due
        ? t('errors.dueDateRequired')
        : isLocalDay(due)
          ? undefined
          : t('errors.invalid', { ns: 'common' }),
      text: text.trim() ? undefined : t('errors.required', { ns: 'common' }),
    };
    setErrors(next);
    if (next.due || next.text) return;
    // Due at the end of the working day, local time.
    await onSubmit(new Date(`${due}T17:00:00`).toISOString(), text.trim());
    setText('');
    markSaved();
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <Group grow align="flex-start">
          <DateField
            label={t('composer.dueDate')}
            value={due}
            onChange={setDue}
            error={errors.due}
            required
            maw={200}
          />
          <TextInput
            label={t('composer.followUpText')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={errors.text}
            required
          />
        </Group>
        <Group justify="space-between">
          <SavedNotice at={savedAt} />
          <Button type="submit" size="xs">
            {t('composer.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
