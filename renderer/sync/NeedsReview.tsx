// Settings → Sync → "Needs review": the conflicts the catalogue reported (two desks changed the
// same field before either saw the other's change). The officer keeps one value; the choice is
// an ordinary edit that syncs, and the conflict keeps both values as the record's history.
import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictChoice } from '../db';
import { ConflictItem } from './ConflictItem';
import { useSyncStatus } from './SyncProvider';
import { useConflictWords } from './useConflictWords';
import { useConflictsToReview, useSettleConflict, type ConflictToReview } from './useConflicts';

type Notice = { ok: true; text: string } | { ok: false };

export function NeedsReview() {
  const { t } = useTranslation('sync');
  const conflicts = useConflictsToReview();
  const settle = useSettleConflict();
  const words = useConflictWords();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const { phase } = useSyncStatus();
  // While sharing is off the section shows only if conflicts from before are still open.
  if (!conflicts || (phase === 'off' && conflicts.length === 0 && !notice)) return null;

  const choose = async (conflict: ConflictToReview, choice: ConflictChoice) => {
    setBusy(true);
    setNotice(null);
    try {
      await settle(conflict.id, choice);
      const value = choice === 'stored' ? conflict.storedValue : conflict.otherValue;
      setNotice({
        ok: true,
        text: t('review.chosen', {
          record: conflict.recordName || t('review.unknownRecord'),
          field: words.field(conflict.field),
          value: words.value(conflict, value),
        }),
      });
      // The item leaves the list: keep the keyboard in the section, not on the page's start.
      titleRef.current?.focus();
    } catch (error) {
      console.error('Could not save the chosen value', error);
      setNotice({ ok: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="sync-review-title" id="sync-review">
      <Title order={3} size="h5" id="sync-review-title" ref={titleRef} tabIndex={-1}>
        {t('review.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {conflicts.length > 0
          ? t('review.description', { count: conflicts.length })
          : t('review.none')}
      </Text>
      {notice && (
        <Alert
          role="status"
          color={notice.ok ? 'teal' : 'red'}
          icon={notice.ok ? <IconCircleCheck /> : <IconAlertTriangle />}
          data-testid="conflict-notice"
        >
          {notice.ok ? notice.text : t('review.failed')}
        </Alert>
      )}
      {conflicts.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {conflicts.map((conflict) => (
            <ConflictItem
              key={conflict.id}
              conflict={conflict}
              busy={busy}
              onChoose={(c, choice) => void choose(c, choice)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
