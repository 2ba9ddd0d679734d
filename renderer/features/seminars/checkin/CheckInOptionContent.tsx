// One choice under the check-in search: a registration (name, code, status), a known person
// to register at the door, or "walk-in: new person"; the active one shows the Enter key. A
// person whose name another choice shares also shows their birth date and barangay.
import { Badge, Group, Kbd } from '@mantine/core';
import { IconCornerDownLeft, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../domain/people/personTokens';
import { formatDate, formatTime } from '../../../ui/format';
import type { Person } from '../../people';
import type { CheckInOption } from './useCheckInOptions';

/** On the active choice: the key that takes it. */
function EnterKey({ active }: { active: boolean }) {
  if (!active) return null;
  return (
    <Kbd aria-hidden className="checkin-enter">
      <IconCornerDownLeft size={18} />
    </Kbd>
  );
}

/** What tells two people of the same name apart at the door. */
function TellApart({ person }: { person: Person }) {
  const { t, i18n } = useTranslation('seminars');
  const details = [
    person.birthDate
      ? t('checkIn.born', { date: formatDate(i18n.language, person.birthDate) })
      : null,
    person.barangay ?? null,
  ].filter(Boolean);
  if (details.length === 0) return null;
  return (
    <span className="checkin-tell-apart" data-testid="tell-apart">
      {details.join(' · ')}
    </span>
  );
}

export function CheckInOptionContent({
  option,
  active,
}: {
  option: CheckInOption;
  active: boolean;
}) {
  const { t, i18n } = useTranslation('seminars');
  if (option.kind === 'new') {
    return (
      <Group gap="sm" wrap="nowrap">
        <IconUserPlus size={26} aria-hidden />
        <span>{t('checkIn.walkInNew', { typed: option.typed })}</span>
        <EnterKey active={active} />
      </Group>
    );
  }
  if (option.kind === 'known') {
    return (
      <Group gap="sm" justify="space-between" wrap="nowrap">
        <Group gap="md" wrap="nowrap">
          <span className="checkin-name">{fullName(option.person)}</span>
          {option.twin && <TellApart person={option.person} />}
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Badge size="lg" variant="light" color="grape">
            {t('checkIn.notRegistered')}
          </Badge>
          <EnterKey active={active} />
        </Group>
      </Group>
    );
  }
  const { entry } = option.candidate;
  const { attendance } = entry;
  const badge = attendance.checkedInAt
    ? {
        color: 'teal',
        text: t('status.present', { time: formatTime(i18n.language, attendance.checkedInAt) }),
      }
    : attendance.status === 'waitlisted'
      ? { color: 'orange', text: t('status.waitlisted') }
      : { color: 'indigo', text: t('status.registered') };
  return (
    <Group gap="sm" justify="space-between" wrap="nowrap">
      <Group gap="md" wrap="nowrap">
        <span className="checkin-name">{entry.name}</span>
        <span className="ltr-inline checkin-code">{attendance.registrationCode}</span>
        {option.twin && <TellApart person={entry.person} />}
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Badge size="lg" variant="light" color={badge.color}>
          {badge.text}
        </Badge>
        <EnterKey active={active && !attendance.checkedInAt} />
      </Group>
    </Group>
  );
}
