// The one line that says what the last action did, large and announced to screen readers.
import { Alert } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCircleCheck,
  IconInfoCircle,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../ui/format';
import { useErrorText } from '../../../ui/useErrorText';
import type { Announcement } from './useCheckInActions';

export function AnnouncementLine({ announcement }: { announcement: Announcement | null }) {
  const { t, i18n } = useTranslation('seminars');
  const describeError = useErrorText();
  if (!announcement) return <div role="status" aria-live="polite" />;
  const view = {
    checkedIn: { color: 'teal', icon: <IconCircleCheck size={28} aria-hidden /> },
    walkedIn: { color: 'teal', icon: <IconCircleCheck size={28} aria-hidden /> },
    undone: { color: 'gray', icon: <IconArrowBackUp size={28} aria-hidden /> },
    already: { color: 'yellow', icon: <IconInfoCircle size={28} aria-hidden /> },
    failed: { color: 'red', icon: <IconAlertTriangle size={28} aria-hidden /> },
  }[announcement.kind];
  const text =
    announcement.kind === 'failed'
      ? t('checkIn.failed', { reason: describeError(announcement.error) })
      : announcement.kind === 'already'
        ? t('checkIn.already', {
            name: announcement.name,
            time: formatTime(i18n.language, announcement.at),
          })
        : t(`checkIn.${announcement.kind}`, { name: announcement.name, code: announcement.code });
  return (
    <div role="status" aria-live="polite">
      <Alert
        color={view.color}
        icon={view.icon}
        className="checkin-announcement"
        data-testid="check-in-announcement"
      >
        {text}
      </Alert>
    </div>
  );
}
