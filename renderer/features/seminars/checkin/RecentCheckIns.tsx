// The last five check-ins, newest first, each with an undo for a mistaken one.
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../ui/format';
import type { RosterEntry } from '../useRoster';

interface Props {
  recent: RosterEntry[];
  onUndo: (entry: RosterEntry) => void;
}

export function RecentCheckIns({ recent, onUndo }: Props) {
  const { t, i18n } = useTranslation('seminars');
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="recent-title"
      className="checkin-recent"
    >
      <Title order={2} size="h3" id="recent-title" mb="sm">
        {t('checkIn.recent')}
      </Title>
      {recent.length === 0 && <Text c="dimmed">{t('checkIn.recentEmpty')}</Text>}
      <Stack gap="xs" component="ol" className="checkin-recent-list" data-testid="recent-check-ins">
        {recent.map((entry) => (
          <li key={entry.attendance.id} className="checkin-recent-item">
            <div>
              <Text fw={700} size="lg">
                {entry.name}
              </Text>
              <Text size="sm" c="dimmed">
                {[
                  formatTime(i18n.language, entry.attendance.checkedInAt!),
                  entry.attendance.registrationCode,
                  entry.attendance.walkIn ? t('checkIn.walkInBadge') : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </div>
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={18} aria-hidden />}
              aria-label={t('checkIn.undoNamed', { name: entry.name })}
              onClick={() => onUndo(entry)}
            >
              {t('checkIn.undo')}
            </Button>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
