// One conflict under "Needs review": the record, the field, both values with who sent them and
// when, and a button to keep each. The choice is saved as an ordinary edit of the record.
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConflictChoice } from '../db';
import { formatDateTime } from '../ui/format';
import { useConflictWords } from './useConflictWords';
import type { ConflictToReview } from './useConflicts';

/** A desk's name and a date keep their own direction inside a sentence (Arabic around Latin). */
const isolate = (text: string) => `\u2068${text}\u2069`;

interface Props {
  conflict: ConflictToReview;
  busy: boolean;
  onChoose: (conflict: ConflictToReview, choice: ConflictChoice) => void;
}

export function ConflictItem({ conflict, busy, onChoose }: Props) {
  const { t, i18n } = useTranslation('sync');
  const words = useConflictWords();
  const lng = i18n.language;
  const field = words.field(conflict.field);
  const titleId = `conflict-${conflict.id}`;
  const options = [
    {
      choice: 'stored' as const,
      heading: t('review.stored'),
      value: words.value(conflict, conflict.storedValue),
      desk: conflict.storedBy.deskName,
      at: conflict.createdAt,
    },
    {
      choice: 'other' as const,
      heading: t('review.other'),
      value: words.value(conflict, conflict.otherValue),
      desk: conflict.otherBy.deskName,
      at: conflict.otherAt,
    },
  ];
  return (
    <Paper component="li" withBorder p="sm" aria-labelledby={titleId} data-testid="conflict">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
            {t(`review.tables.${conflict.table}`)}
          </Badge>
          <Text fw={600} id={titleId} dir="auto">
            {conflict.recordName || t('review.unknownRecord')}
          </Text>
        </Group>
        <Text size="sm">{t('review.field', { field })}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {options.map((option) => (
            <Stack
              key={option.choice}
              gap={4}
              p="xs"
              style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}
            >
              <Text size="xs" c="dimmed" fw={600}>
                {option.heading}
              </Text>
              <Text dir="auto" style={{ overflowWrap: 'anywhere' }}>
                {option.value}
              </Text>
              <Text size="xs" c="dimmed">
                {t('review.from', {
                  desk: isolate(option.desk),
                  time: isolate(formatDateTime(lng, option.at)),
                })}
              </Text>
              <Button
                size="xs"
                variant={option.choice === 'stored' ? 'light' : 'default'}
                disabled={busy}
                onClick={() => onChoose(conflict, option.choice)}
                aria-label={t('review.keepNamed', { field, value: option.value })}
              >
                {t('review.keep')}
              </Button>
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
