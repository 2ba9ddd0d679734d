// The session's facts (where, who leads it, with which partner, in which language) and, once
// people are checked in, its attendees by sex and destination.
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionTally } from '../../../../domain/seminars/seminarStats';
import { formatList } from '../../../ui/format';
import { useStakeholderOptions } from '../../stakeholders';
import { TallyBreakdown } from '../list/TallyBreakdown';
import type { Seminar } from '../seminarTypes';
import type { RosterEntry } from '../useRoster';

function useFacts(seminar: Seminar): [string, string, boolean?][] {
  const { t, i18n } = useTranslation('seminars');
  const partners = useStakeholderOptions();
  const partner = partners.find((p) => p.id === seminar.partnerId)?.name;
  const facts: [string, string | undefined, boolean?][] = [
    [t('fields.venue'), seminar.venue],
    [t('fields.onlineUrl'), seminar.onlineUrl, true],
    [t('fields.facilitators'), formatList(i18n.language, seminar.facilitators)],
    [t('fields.partner'), partner],
    [t('fields.language'), t(`languages.${seminar.language}`, { ns: 'common' })],
    [t('fields.capacity'), String(seminar.capacity)],
  ];
  return facts.filter((f): f is [string, string, boolean?] => !!f[1]);
}

export function SessionSummary({ seminar, roster }: { seminar: Seminar; roster: RosterEntry[] }) {
  const { t } = useTranslation('seminars');
  const facts = useFacts(seminar);
  const tally = useMemo(
    () =>
      sessionTally(
        seminar,
        roster.map(({ attendance, person }) => ({ ...attendance, sex: person.sex })),
      ),
    [seminar, roster],
  );
  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-labelledby="facts-title">
        <Title order={2} size="h4" id="facts-title" mb="xs">
          {t('page.facts')}
        </Title>
        <Table withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            {facts.map(([name, value, ltr]) => (
              <Table.Tr key={name}>
                <Table.Th w="40%">{name}</Table.Th>
                <Table.Td dir={ltr ? 'ltr' : undefined} style={{ overflowWrap: 'anywhere' }}>
                  {value}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {seminar.notes && (
          <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
            {seminar.notes}
          </Text>
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="tally-title">
        <Title order={2} size="h4" id="tally-title" mb="xs">
          {t('page.attendees', { number: tally.attended })}
        </Title>
        {tally.attended === 0 ? (
          <Text size="sm" c="dimmed">
            {t('page.noAttendeesYet')}
          </Text>
        ) : (
          <TallyBreakdown tally={tally} withType={false} />
        )}
      </Paper>
    </Stack>
  );
}
