// The quiet confirmation after a write: "Saved at 10:42", announced to screen readers.
import { Group, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatTime } from './format';

export function SavedNotice({ at }: { at: Date | null }) {
  const { t, i18n } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      {at && (
        <Group gap={4} c="teal.9" data-testid="saved-notice">
          <IconCircleCheck size={16} aria-hidden />
          <Text size="sm">{t('saved.at', { time: formatTime(i18n.language, at) })}</Text>
        </Group>
      )}
    </div>
  );
}
