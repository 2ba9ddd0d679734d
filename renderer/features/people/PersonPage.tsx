// One person: their details (editable), their cases as client and as OFW, their household, and
// the sections other features add (their seminars). Those come from the app shell
// (renderer/app/PersonRoute.tsx): seminars/ imports people/, so people/ may not import seminars/.
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePersonName } from '../retention';
import { PageHeader } from '../../ui/PageHeader';
import { SavedNotice } from '../../ui/SavedNotice';
import { useSavedAt } from '../../ui/useSavedAt';
import { HouseholdSection } from './HouseholdSection';
import { PersonCasesSection } from './PersonCasesSection';
import { PersonEditForm } from './PersonEditForm';
import { PersonFacts } from './PersonFacts';
import { usePerson } from './usePerson';
import { usePersonWrites } from './usePersonWrites';

/** A section another feature shows on the person page, below the household. */
export type PersonSection = ComponentType<{ personId: string }>;

export function PersonPage({ sections = [] }: { sections?: readonly PersonSection[] }) {
  const { t } = useTranslation('people');
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  const nameOf = usePersonName();
  const { save } = usePersonWrites(personId);
  const [editing, setEditing] = useState(false);
  const { savedAt, markSaved } = useSavedAt();

  if (person === undefined) return <Loader role="status" aria-label={t('picker.loading')} />;
  if (person === null) {
    return (
      <Alert color="yellow" role="alert">
        <Stack gap="xs">
          <Text>{t('page.notFound')}</Text>
          <Anchor component={Link} to="/people">
            {t('page.backToList')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  return (
    <Stack gap="md" maw={1000}>
      <PageHeader title={nameOf(person)} aside={<SavedNotice at={savedAt} />} />
      <Paper withBorder p="md" component="section" aria-labelledby="person-details-title">
        <Stack gap="sm">
          <Group justify="space-between">
            <Text fw={700} id="person-details-title">
              {t('page.details')}
            </Text>
            {!editing && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPencil size={14} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t('page.edit')}
              </Button>
            )}
          </Group>
          {editing ? (
            <PersonEditForm
              person={person}
              onSave={async (input) => {
                await save(input);
                markSaved();
              }}
              onDone={() => setEditing(false)}
            />
          ) : (
            <Stack gap={4}>
              <Text size="sm">{t(`sex.${person.sex}`)}</Text>
              <PersonFacts person={person} />
            </Stack>
          )}
        </Stack>
      </Paper>
      <PersonCasesSection personId={person.id} />
      <HouseholdSection person={person} />
      {sections.map((Section, index) => (
        <Section key={index} personId={person.id} />
      ))}
    </Stack>
  );
}
