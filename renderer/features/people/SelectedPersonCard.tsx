// The person chosen in a picker, compact, with a way to choose someone else.
import { Button, Group, Input, Paper, Stack, Text } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../domain/people/personTokens';
import type { Person } from './peopleRepository';
import { PersonFacts } from './PersonFacts';

interface Props {
  person: Person | null | undefined;
  label: string;
  error?: ReactNode;
  onChangePerson: () => void;
}

export function SelectedPersonCard({ person, label, error, onChangePerson }: Props) {
  const { t } = useTranslation('people');
  const name = person ? fullName(person) : t('picker.missingPerson');
  return (
    <Input.Wrapper label={label} error={error} data-testid="selected-person">
      <Paper withBorder p="sm" mt={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconUser size={20} aria-hidden />
            <Stack gap={2}>
              <Text fw={600}>{person === undefined ? t('picker.loading') : name}</Text>
              {person && <PersonFacts person={person} withPlace={false} />}
            </Stack>
          </Group>
          <Button
            size="xs"
            variant="default"
            onClick={onChangePerson}
            aria-label={t('picker.changeLabel', { label, name })}
          >
            {t('picker.change')}
          </Button>
        </Group>
      </Paper>
    </Input.Wrapper>
  );
}
