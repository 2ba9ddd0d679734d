// "My follow-ups": what the officer promised to check, overdue first, each linking to its case,
// with "Mark done" in one step (the timeline records it as done).
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlarm, IconCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { StatusBadge } from '../page/CaseBadges';
import type { MyFollowUp } from './followUpReads';
import { groupFollowUps, type FollowUpGroup } from './followUpOrder';
import { useCompleteFollowUp, useMyFollowUps } from './useMyFollowUps';
import { useErrorText } from '../../../ui/useErrorText';

// Darker shades for text on white: the badge shades fall below WCAG AA contrast as text.
const DUE_TEXT_COLOUR: Record<FollowUpGroup, string> = {
  overdue: 'red.8',
  today: 'orange.9',
  upcoming: 'dimmed',
};
const GROUP_COLOUR: Record<FollowUpGroup, string> = {
  overdue: 'red',
  today: 'orange',
  upcoming: 'gray',
};

function FollowUpRow({ item, group }: { item: MyFollowUp; group: FollowUpGroup }) {
  const { t, i18n } = useTranslation('caseList');
  const complete = useCompleteFollowUp();
  const describeError = useErrorText();
  const [busy, setBusy] = useState(false);
  const markDone = async () => {
    setBusy(true);
    try {
      await complete(item.event);
      notifications.show({
        color: 'teal',
        message: t('followUps.done', { reference: item.reference }),
      });
    } catch (error) {
      const reason = describeError(error);
      notifications.show({ color: 'red', message: t('followUps.failed', { reason }) });
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="sm" data-testid="follow-up">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Anchor
              component={Link}
              to={`/cases/${item.caseId}`}
              fw={700}
              dir="ltr"
              aria-label={t('followUps.openCase', { reference: item.reference })}
            >
              {item.reference}
            </Anchor>
            <Text size="sm">{item.clientName}</Text>
            <StatusBadge status={item.status} />
          </Group>
          <Text size="sm">{item.event.text || t('followUps.noText')}</Text>
          <Group gap={4}>
            <IconAlarm size={14} aria-hidden />
            <Text size="sm" c={DUE_TEXT_COLOUR[group]} fw={group === 'overdue' ? 700 : 400}>
              {t('followUps.due', { date: formatDateTime(i18n.language, item.dueAt) })}
            </Text>
          </Group>
        </Stack>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconCheck size={14} aria-hidden />}
          loading={busy}
          onClick={() => void markDone()}
          aria-label={t('followUps.markDoneLabel', { reference: item.reference })}
        >
          {t('followUps.markDone')}
        </Button>
      </Group>
    </Paper>
  );
}

export function FollowUpsPage() {
  const { t, i18n } = useTranslation('caseList');
  const items = useMyFollowUps();
  const groups = useMemo(() => (items ? groupFollowUps(items, new Date()) : []), [items]);
  return (
    <Stack gap="md" maw={900}>
      <PageHeader title={t('followUps.title')} />
      <Text c="dimmed">{t('followUps.intro')}</Text>
      {items === undefined && <Loader role="status" aria-label={t('followUps.title')} />}
      {items?.length === 0 && (
        <Alert color="teal" icon={<IconCheck aria-hidden />} data-testid="follow-ups-empty">
          <Stack gap="xs" align="flex-start">
            <Text>{t('followUps.empty')}</Text>
            <Button component={Link} to="/cases" size="xs" variant="white">
              {t('followUps.emptyAction')}
            </Button>
          </Stack>
        </Alert>
      )}
      {groups.map(({ group, items: list }) => (
        <Stack gap="xs" key={group} component="section" aria-labelledby={`follow-ups-${group}`}>
          <Group gap="xs">
            <Title order={2} size="h4" id={`follow-ups-${group}`}>
              {t(`followUps.${group}`)}
            </Title>
            <Badge color={GROUP_COLOUR[group]} variant="light">
              {formatNumber(i18n.language, list.length)}
            </Badge>
          </Group>
          {list.map((item) => (
            <FollowUpRow key={item.event.id} item={item} group={group} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
