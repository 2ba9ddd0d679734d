// Before a walk-in is created: people already recorded who are probably the same person, each
// with the reason and a one-step "use this person" (who is then registered and checked in).
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LikelyDuplicate } from '../../../../domain/people/duplicates';
import { fullName } from '../../../../domain/people/personTokens';
import type { Person } from '../../people';

interface Props {
  duplicates: LikelyDuplicate<Person>[];
  onUse: (person: Person) => void;
  onCreateAnyway: () => void;
  onBack: () => void;
}

export function WalkInDuplicates({ duplicates, onUse, onCreateAnyway, onBack }: Props) {
  const { t } = useTranslation('people');
  return (
    <Stack gap="sm" data-testid="walk-in-duplicates">
      <Alert color="yellow" icon={<IconUsers aria-hidden />} role="alert">
        {t('duplicates.intro')}
      </Alert>
      {duplicates.map(({ person, reason }, index) => (
        <Paper withBorder p="sm" key={person.id}>
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={0}>
              <Text fw={700} size="lg">
                {fullName(person)}
              </Text>
              <Text size="sm">{t(`duplicates.reasons.${reason}`)}</Text>
              {person.phone && (
                <Text size="sm" dir="ltr" className="ltr-inline">
                  {person.phone}
                </Text>
              )}
            </Stack>
            <Button
              onClick={() => onUse(person)}
              autoFocus={index === 0}
              aria-label={t('duplicates.useNamed', { name: fullName(person) })}
            >
              {t('duplicates.use')}
            </Button>
          </Group>
        </Paper>
      ))}
      <Group gap="sm">
        <Button variant="default" onClick={onCreateAnyway}>
          {t('duplicates.createAnyway')}
        </Button>
        <Button variant="subtle" onClick={onBack}>
          {t('duplicates.back')}
        </Button>
      </Group>
    </Stack>
  );
}
