// Asked when Esc is pressed in a new person's form with something typed: leaving would lose it.
// "Keep editing" has the focus, so a second Esc or Enter goes back to the form as it was.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  onKeep: () => void;
  onDiscard: () => void;
}

export function DiscardQuestion({ onKeep, onDiscard }: Props) {
  const { t } = useTranslation('people');
  const questionId = useId();
  return (
    <Stack gap="sm" role="alertdialog" aria-labelledby={questionId}>
      <Text fw={600} id={questionId}>
        {t('newPerson.discardQuestion')}
      </Text>
      <Group gap="sm">
        <Button onClick={onKeep} autoFocus>
          {t('newPerson.keepEditing')}
        </Button>
        <Button variant="default" color="red" onClick={onDiscard}>
          {t('newPerson.discard')}
        </Button>
      </Group>
    </Stack>
  );
}
