// One choice under the check-in search: a registration (name, code, status), a known person
// to register at the door, or "walk-in: new person"; the active one shows the Enter key.
import { Badge, Group, Kbd } from '@mantine/core';
import { IconCornerDownLeft, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../domain/people/personTokens';
import { formatTime } from '../../../ui/format';
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
        <span className="checkin-name">{fullName(option.person)}</span>
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
