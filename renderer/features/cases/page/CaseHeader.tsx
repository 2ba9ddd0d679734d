// The case header: reference, status, urgency, who it is for, who handles it; editing the
// case's facts and printing its summary.
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { usePresetLabel } from '../../settings';
import { AnonymisedBadge, usePersonName } from '../../retention';
import { StatusBadge, UrgencyBadge } from './CaseBadges';
import { EditCaseFactsModal } from './EditCaseFactsModal';
import type { CaseView } from './useCaseView';

export function CaseHeader({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation('cases');
  const label = usePresetLabel();
  const { record, client, ofw, staffNames } = view;
  const [editing, setEditing] = useState(false);
  const nameOf = usePersonName();
  return (
    <Paper withBorder p="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start">
          <Group gap="sm">
            <Title order={1} size="h2" className="ltr-inline" data-testid="case-reference">
              {record.reference}
            </Title>
            <StatusBadge status={record.status} />
            <UrgencyBadge urgency={record.urgency} />
            {record.anonymisedAt && <AnonymisedBadge at={record.anonymisedAt} />}
          </Group>
          <Group gap="xs">
            {/* Editing would show and resave the facts held back from this role. */}
            {!view.restricted && (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t('page.edit')}
              </Button>
            )}
            <Button
              component={Link}
              to={`/print/case/${record.id}`}
              variant="default"
              leftSection={<IconPrinter size={16} aria-hidden />}
            >
              {t('page.print')}
            </Button>
          </Group>
        </Group>
        <Group gap="lg">
          {client && (
            <Text size="sm">
              {t('page.client')}:{' '}
              <Anchor component={Link} to={`/people/${client.id}`} data-testid="case-client">
                {nameOf(client)}
              </Anchor>
            </Text>
          )}
          {ofw && (
            <Text size="sm">
              {t('page.ofw')}:{' '}
              <Anchor component={Link} to={`/people/${ofw.id}`} data-testid="case-ofw">
                {nameOf(ofw)}
              </Anchor>
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('page.opened', { date: formatDate(i18n.language, record.openedAt) })}
            {record.assignedTo &&
              ` · ${t('page.assignedTo', { name: staffNames[record.assignedTo] ?? '' })}`}
          </Text>
        </Group>
        <Group gap={6}>
          {record.categories.map((id) => (
            <Badge key={id} variant="outline" size="sm">
              {label('categories', id)}
            </Badge>
          ))}
        </Group>
      </Stack>
      {editing && <EditCaseFactsModal view={view} onClose={() => setEditing(false)} />}
    </Paper>
  );
}
