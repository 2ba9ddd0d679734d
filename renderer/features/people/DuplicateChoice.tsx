// Before a new person is saved: the people already recorded who are probably the same person,
// each with the reason in words and a one-step "Use this person".
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LikelyDuplicate } from '../../../domain/people/duplicates';
import { fullName } from '../../../domain/people/personTokens';
import type { Person } from './peopleRepository';
import { PersonFacts } from './PersonFacts';

interface Props {
  duplicates: LikelyDuplicate<Person>[];
  creating: boolean;
  onUse: (id: string) => void;
  onCreateAnyway: () => void;
  onBack: () => void;
}

export function DuplicateChoice({ duplicates, creating, onUse, onCreateAnyway, onBack }: Props) {
  const { t } = useTranslation('people');
  return (
    <Stack gap="sm" data-testid="duplicate-warning">
      <Alert color="yellow" icon={<IconUsers aria-hidden />} role="alert">
        {t('duplicates.intro')}
      </Alert>
      {duplicates.map(({ person, reason }, index) => (
        <Paper withBorder p="sm" key={person.id}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Text fw={600}>{fullName(person)}</Text>
              <Text size="sm">{t(`duplicates.reasons.${reason}`)}</Text>
              <PersonFacts person={person} />
            </Stack>
            <Button
              size="xs"
              onClick={() => onUse(person.id)}
              autoFocus={index === 0}
              aria-label={t('duplicates.useNamed', { name: fullName(person) })}
            >
              {t('duplicates.use')}
            </Button>
          </Group>
        </Paper>
      ))}
      <Group gap="sm">
        <Button variant="default" onClick={onCreateAnyway} loading={creating}>
          {t('duplicates.createAnyway')}
        </Button>
        <Button variant="subtle" onClick={onBack}>
          {t('duplicates.back')}
        </Button>
      </Group>
    </Stack>
  );
}
