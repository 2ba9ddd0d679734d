// The header's sync status: synced (with the time of the last sync), changes waiting, syncing
// with its progress, offline, or the problem in plain words; nothing while sharing is off. Next
// to it, the count of conflicts waiting for review, even with sharing off.
import { Badge, Group, Loader } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowsDiff,
  IconCloudCheck,
  IconCloudOff,
  IconCloudUpload,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../ui/format';
import { shortProblemKey } from './problemText';
import { useSyncStatus } from './SyncProvider';
import { useOpenConflictCount } from './useConflicts';

/** The conflicts waiting for an officer; a link to them under Settings → Sync. */
function ReviewBadge({ count }: { count: number }) {
  const { t } = useTranslation('sync');
  const label = t('header.review', { count });
  return (
    <Badge
      component={Link}
      to="/settings#sync-review"
      color="orange"
      variant="light"
      leftSection={<IconArrowsDiff size={14} aria-hidden />}
      data-testid="sync-review-count"
      style={{ textTransform: 'none', cursor: 'pointer' }}
    >
      {label}
    </Badge>
  );
}

export function SyncStatusBadge() {
  const conflicts = useOpenConflictCount();
  if (conflicts === 0) return <SyncPhaseBadge />;
  return (
    <Group gap={6} wrap="nowrap">
      <SyncPhaseBadge />
      <ReviewBadge count={conflicts} />
    </Group>
  );
}

function SyncPhaseBadge() {
  const { t, i18n } = useTranslation('sync');
  const status = useSyncStatus();
  const lng = i18n.language;
  if (status.phase === 'off') return null;
  const last = status.lastSyncedAt
    ? t('header.last', { time: formatDateTime(lng, status.lastSyncedAt) })
    : t('header.never');
  const waiting = t('header.waiting', { count: status.waiting });
  let color = 'teal';
  let icon = <IconCloudCheck size={14} aria-hidden />;
  let label: string;
  if (status.phase === 'syncing') {
    color = 'blue';
    icon = <Loader size={10} aria-hidden />;
    const p = status.progress;
    label =
      p?.phase === 'push' && p.total
        ? t('header.sending', {
            done: formatNumber(lng, p.done),
            total: formatNumber(lng, p.total),
          })
        : p?.phase === 'pull' && p.done > 0
          ? t('header.receiving', { done: formatNumber(lng, p.done) })
          : t('header.syncing');
  } else if (status.phase === 'offline') {
    color = 'gray';
    icon = <IconCloudOff size={14} aria-hidden />;
    label = status.waiting > 0 ? `${t('header.offline')} · ${waiting}` : t('header.offline');
  } else if (status.phase === 'error' && status.problem) {
    color = 'red';
    icon = <IconAlertTriangle size={14} aria-hidden />;
    label = t(shortProblemKey(status.problem));
  } else if (status.waiting > 0) {
    color = 'yellow';
    icon = <IconCloudUpload size={14} aria-hidden />;
    label = waiting;
  } else {
    label = t('header.synced');
  }
  return (
    <Badge
      component={Link}
      to="/settings#sync"
      color={color}
      variant="light"
      leftSection={icon}
      title={last}
      aria-label={`${label}. ${last}`}
      data-testid="sync-status"
      style={{ textTransform: 'none', cursor: 'pointer' }}
      role="status"
    >
      {label}
    </Badge>
  );
}
