// One session in the list: when, what, where, and how full, as a link to the session.
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatTime } from '../../../ui/format';
import { usePresetLabel } from '../../settings';
import { SeatBadges } from '../session/SeatBadges';
import type { SeminarSummary } from '../useSeminars';

export function SeminarCard({
  summary,
  past,
}: {
  summary: SeminarSummary;
  past?: boolean | undefined;
}) {
  const { t, i18n } = useTranslation('seminars');
  const label = usePresetLabel();
  const { seminar, counts } = summary;
  const lng = i18n.language;
  const place = seminar.venue ?? (seminar.onlineUrl ? t('list.online') : '');
  return (
    <Paper
      withBorder
      p="sm"
      component={Link}
      to={`/seminars/${seminar.id}`}
      className="seminar-card"
      data-testid="seminar-card"
    >
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={700}>{seminar.title}</Text>
            <Badge variant="light" size="sm">
              {label('seminarTypes', seminar.type)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {[formatDate(lng, seminar.startsAt, 'long'), formatTime(lng, seminar.startsAt), place]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <SeatBadges counts={counts} showPresent={past} />
      </Group>
    </Paper>
  );
}
