// What the last registration did, said once: the person's code to give them, or their place
// on the waitlist.
import { Alert, Text } from '@mantine/core';
import { IconCircleCheck, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../domain/people/personTokens';
import { usePersonName } from '../usePersonName';
import type { Attendance } from '../seminarTypes';

export function RegistrationResult({ attendance }: { attendance: Attendance }) {
  const { t } = useTranslation('seminars');
  const person = usePersonName(attendance.personId);
  const waiting = attendance.status === 'waitlisted';
  // Said once the name is read: never " is registered" without whom.
  if (!person) return null;
  const name = fullName(person);
  return (
    <Alert
      color={waiting ? 'orange' : 'teal'}
      icon={waiting ? <IconHourglass aria-hidden /> : <IconCircleCheck aria-hidden />}
      data-testid="registration-result"
    >
      <Text size="sm">
        {waiting ? t('register.waitlisted', { name }) : t('register.registered', { name })}{' '}
        <strong className="ltr-inline">{attendance.registrationCode}</strong>
      </Text>
    </Alert>
  );
}
