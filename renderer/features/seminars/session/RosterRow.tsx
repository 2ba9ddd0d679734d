// One registration in the list, with its actions: check in or undo, certificate, cancel.
import { ActionIcon, Anchor, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconCertificate, IconUserCheck, IconUserX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatTime } from '../../../ui/format';
import type { RosterEntry } from '../useRoster';
import { useSeminarActions } from '../useSeminarActions';

interface Props {
  entry: RosterEntry;
  position: number;
  onCancel: (entry: RosterEntry) => void;
}

function StatusBadge({ entry }: { entry: RosterEntry }) {
  const { t, i18n } = useTranslation('seminars');
  const { attendance } = entry;
  if (attendance.checkedInAt) {
    return (
      <Group gap={6} wrap="nowrap">
        <Badge color="teal" variant="light">
          {t('status.checkedIn')}
        </Badge>
        <Text size="xs" c="dimmed">
          {formatTime(i18n.language, attendance.checkedInAt)}
        </Text>
      </Group>
    );
  }
  if (attendance.status === 'waitlisted') {
    return (
      <Badge color="orange" variant="light">
        {t('status.waitlisted')}
      </Badge>
    );
  }
  return (
    <Badge color="indigo" variant="light">
      {t('status.registered')}
    </Badge>
  );
}

export function RosterRow({ entry, position, onCancel }: Props) {
  const { t, i18n } = useTranslation('seminars');
  const actions = useSeminarActions();
  const { attendance, name } = entry;
  const present = !!attendance.checkedInAt;
  const checkLabel = present ? t('roster.undoCheckIn', { name }) : t('roster.checkIn', { name });
  return (
    <Table.Tr data-testid="roster-row">
      <Table.Td className="ltr-inline">{position}</Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/people/${attendance.personId}`} c="inherit" fw={600}>
          {name}
        </Anchor>
        <Text size="xs" c="dimmed">
          <span className="ltr-inline registration-code">{attendance.registrationCode}</span>
        </Text>
      </Table.Td>
      <Table.Td>
        <StatusBadge entry={entry} />
      </Table.Td>
      <Table.Td>
        {attendance.destination ? countryName(i18n.language, attendance.destination) : ''}
      </Table.Td>
      <Table.Td>
        <span className="ltr-inline">{attendance.certificateNumber ?? ''}</span>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          <Tooltip label={checkLabel}>
            <ActionIcon
              variant="subtle"
              aria-label={checkLabel}
              onClick={() =>
                void (present ? actions.undoCheckIn(attendance.id) : actions.checkIn(attendance.id))
              }
            >
              {present ? (
                <IconArrowBackUp size={18} aria-hidden />
              ) : (
                <IconUserCheck size={18} aria-hidden />
              )}
            </ActionIcon>
          </Tooltip>
          {present && (
            <Tooltip label={t('roster.printCertificate', { name })}>
              <ActionIcon
                variant="subtle"
                component={Link}
                to={`/print/seminar/${attendance.seminarId}/certificates?attendance=${attendance.id}`}
                aria-label={t('roster.printCertificate', { name })}
              >
                <IconCertificate size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          )}
          <Tooltip label={t('roster.cancel', { name })}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('roster.cancel', { name })}
              onClick={() => onCancel(entry)}
            >
              <IconUserX size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
