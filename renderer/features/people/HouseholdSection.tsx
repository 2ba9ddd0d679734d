// The person's household: who is linked to them, with the relationship said both ways
// ("Maria — child of Rosario"), and a way to link someone else (find or create).
import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fullName } from '../../../domain/people/personTokens';
import { INVERSE, type Relationship } from './householdRepository';
import type { Person } from './peopleRepository';
import { PersonPicker } from './PersonPicker';
import { useHousehold } from './usePeopleReads';
import { usePersonWrites } from './usePersonWrites';

const RELATIONSHIPS: readonly Relationship[] = ['spouse', 'child', 'parent', 'sibling', 'other'];

function AddMember({ person, linkedIds }: { person: Person; linkedIds: string[] }) {
  const { t } = useTranslation('people');
  const { link } = usePersonWrites(person.id);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [relationship, setRelationship] = useState<Relationship>('child');
  const name = fullName(person);
  const add = async () => {
    if (!otherId) return;
    await link(otherId, relationship);
    setOtherId(null);
  };
  return (
    <Stack gap="xs" data-testid="add-household-member">
      <PersonPicker
        label={t('household.pick')}
        value={otherId}
        onChange={setOtherId}
        excludeIds={[person.id, ...linkedIds]}
      />
      {otherId && (
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('household.relationshipTo', { name })}
            value={relationship}
            onChange={(event) => setRelationship(event.currentTarget.value as Relationship)}
            data={RELATIONSHIPS.map((r) => ({ value: r, label: t(`household.options.${r}`) }))}
          />
          <Button leftSection={<IconLink size={16} aria-hidden />} onClick={() => void add()}>
            {t('household.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function HouseholdSection({ person }: { person: Person }) {
  const { t } = useTranslation('people');
  const members = useHousehold(person.id);
  const name = fullName(person);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="household-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="household-title">
          {t('household.title')}
        </Title>
        {members && members.length === 0 && <Text c="dimmed">{t('household.none')}</Text>}
        {members?.map(({ link, person: other, relationship }) => (
          <Stack gap={0} key={link.id} data-testid="household-member">
            <Group gap="xs">
              <Anchor component={Link} to={`/people/${other.id}`} fw={600}>
                {fullName(other)}
              </Anchor>
              <Badge variant="light" color="gray">
                {t(`household.options.${relationship}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('household.sentence', {
                other: fullName(other),
                relation: t(`household.relations.${relationship}`),
                name,
              })}
              {' · '}
              {t('household.sentence', {
                other: name,
                relation: t(`household.relations.${INVERSE[relationship]}`),
                name: fullName(other),
              })}
            </Text>
          </Stack>
        ))}
        <AddMember person={person} linkedIds={members?.map((m) => m.person.id) ?? []} />
      </Stack>
    </Paper>
  );
}
