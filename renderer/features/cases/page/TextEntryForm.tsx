// A text and an Add button: notes and contact attempts. Ctrl+Enter adds.
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SavedNotice } from '../../../ui/SavedNotice';
import { useSavedAt } from '../../../ui/useSavedAt';

interface Props {
  label: string;
  submitLabel?: string;
  onSubmit: (text: string) => Promise<unknown>;
}

export function TextEntryForm({ label, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation('cases');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { savedAt, markSaved } = useSavedAt();

  const submit = async () => {
    if (!text.trim()) {
      setError(t('errors.required', { ns: 'common' }));
      return;
    }
    await onSubmit(text.trim());
    setText('');
    setError(null);
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
        <Textarea
          label={label}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void submit();
            }
          }}
          error={error}
          autosize
          minRows={2}
        />
        <Group justify="space-between">
          <SavedNotice at={savedAt} />
          <Button type="submit" size="xs">
            {submitLabel ?? t('composer.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
