// On a person's page: the seminars they attended (with certificate numbers), and those they
// are registered or waitlisted for. Exported for the person page, which the app shell composes.
import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { usePresetLabel } from '../../settings';
import type { Attendance } from '../seminarTypes';
import { usePersonSeminars } from './usePersonSeminars';

function Status({ attendance, past }: { attendance: Attendance; past: boolean }) {
  const { t } = useTranslation('seminars');
  if (attendance.checkedInAt)
    return (
      <Badge color="teal" variant="light">
        {t('person.attended')}
      </Badge>
    );
  if (past)
    return (
      <Badge color="gray" variant="light">
        {t('person.absent')}
      </Badge>
    );
  if (attendance.status === 'waitlisted')
    return (
      <Badge color="orange" variant="light">
        {t('status.waitlisted')}
      </Badge>
    );
  return (
    <Badge color="indigo" variant="light">
      {t('status.registered')}
    </Badge>
  );
}

export function PersonSeminars({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation('seminars');
  const label = usePresetLabel();
  const rows = usePersonSeminars(personId);
  const now = new Date().toISOString();
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="person-seminars-title"
      data-testid="person-seminars"
    >
      <Stack gap="xs">
        <Title order={2} size="h4" id="person-seminars-title">
          {t('person.title')}
        </Title>
        {rows?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('person.none')}
          </Text>
        )}
        {rows && rows.length > 0 && (
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.date')}</Table.Th>
                <Table.Th>{t('person.session')}</Table.Th>
                <Table.Th>{t('roster.status')}</Table.Th>
                <Table.Th>{t('roster.certificate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ attendance, seminar }) => (
                <Table.Tr key={attendance.id}>
                  <Table.Td>{formatDate(i18n.language, seminar.startsAt)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/seminars/${seminar.id}`}>
                      {seminar.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {label('seminarTypes', seminar.type)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Status
                      attendance={attendance}
                      past={(seminar.endsAt ?? seminar.startsAt) < now}
                    />
                  </Table.Td>
                  <Table.Td className="ltr-inline">{attendance.certificateNumber ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
