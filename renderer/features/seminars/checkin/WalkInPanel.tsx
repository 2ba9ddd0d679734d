// A walk-in who is not registered: a short form (prefilled from what was typed), a check for
// people already recorded, then registration and check-in in one step. Enter saves, Esc goes
// back to the search.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../domain/people/personTokens';
import type { PersonInput } from '../../people';
import { usePrivacyLaw } from '../../settings';
import { useWalkInForm } from './useWalkInForm';
import { WalkInDuplicates } from './WalkInDuplicates';
import { WalkInFields } from './WalkInFields';

type Registrant = { id: string; name: string } | (PersonInput & { name: string });

interface Props {
  typed: string;
  onDone: (person: Registrant, destination?: string) => void;
  onCancel: () => void;
}

export function WalkInPanel({ typed, onDone, onCancel }: Props) {
  const { t } = useTranslation('seminars');
  const law = usePrivacyLaw();
  const form = useWalkInForm(typed);
  const { fields } = form;
  const destination = fields.destination ?? undefined;
  const save = async () => {
    if (await form.check()) onDone({ ...form.input(), name: fullName(form.input()) }, destination);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.getAttribute('aria-expanded') === 'true') return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (form.duplicates) form.clearDuplicates();
      else onCancel();
    } else if (event.key === 'Enter' && target.tagName === 'INPUT' && !form.duplicates) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <Paper
      withBorder
      p="lg"
      role="group"
      aria-labelledby="walk-in-title"
      onKeyDown={onKeyDown}
      data-testid="walk-in-panel"
    >
      <Stack gap="md">
        <Title order={2} size="h3" id="walk-in-title">
          {t('walkIn.title')}
        </Title>
        {form.duplicates ? (
          <WalkInDuplicates
            duplicates={form.duplicates}
            onUse={(person) => onDone({ id: person.id, name: fullName(person) }, destination)}
            onCreateAnyway={() =>
              onDone({ ...form.input(), name: fullName(form.input()) }, destination)
            }
            onBack={form.clearDuplicates}
          />
        ) : (
          <>
            <WalkInFields form={form} />
            <Text size="sm" c="dimmed">
              {t('register.consentNote', { law })}
            </Text>
            <Group gap="sm">
              <Button
                size="lg"
                leftSection={<IconUserCheck size={22} aria-hidden />}
                onClick={() => void save()}
              >
                {t('walkIn.save')}
              </Button>
              <Button size="lg" variant="subtle" onClick={onCancel}>
                {t('walkIn.cancel')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
