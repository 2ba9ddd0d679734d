// Who is registered (by family name) and who waits (in order), with each one's code, status,
// destination, check-in time and certificate number, and the actions on a registration.
import { Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { waitlistOrder } from '../../../../domain/seminars/capacity';
import type { RosterEntry } from '../useRoster';
import type { Seminar } from '../seminarTypes';
import { CancelRegistrationModal } from './CancelRegistrationModal';
import { RosterRow } from './RosterRow';

function RosterSection({
  title,
  entries,
  onCancel,
  waitlist,
}: {
  title: string;
  entries: RosterEntry[];
  onCancel: (entry: RosterEntry) => void;
  waitlist?: boolean;
}) {
  const { t } = useTranslation('seminars');
  if (entries.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table
        striped
        highlightOnHover
        verticalSpacing={4}
        captionSide="top"
        data-testid={waitlist ? 'waitlist' : 'roster'}
      >
        <Table.Caption ta="start">{title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{waitlist ? t('roster.position') : t('roster.number')}</Table.Th>
            <Table.Th>{t('roster.nameAndCode')}</Table.Th>
            <Table.Th>{t('roster.status')}</Table.Th>
            <Table.Th>{t('fields.destination')}</Table.Th>
            <Table.Th>{t('roster.certificate')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('roster.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry, index) => (
            <RosterRow
              key={entry.attendance.id}
              entry={entry}
              position={index + 1}
              onCancel={onCancel}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function RosterTable({ seminar, roster }: { seminar: Seminar; roster: RosterEntry[] }) {
  const { t } = useTranslation('seminars');
  const [cancelling, setCancelling] = useState<RosterEntry | null>(null);
  const { registered, waiting, cancelled } = useMemo(() => {
    const byId = new Map(roster.map((r) => [r.attendance.id, r]));
    return {
      registered: roster.filter((r) => r.attendance.status === 'registered'),
      waiting: waitlistOrder(roster.map((r) => r.attendance)).map((a) => byId.get(a.id)!),
      cancelled: roster.filter((r) => r.attendance.status === 'cancelled').length,
    };
  }, [roster]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="roster-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="roster-title">
          {t('roster.title')}
        </Title>
        {registered.length + waiting.length === 0 && (
          <Text c="dimmed" data-testid="roster-empty">
            {t('roster.empty')}
          </Text>
        )}
        <RosterSection
          title={t('roster.registered')}
          entries={registered}
          onCancel={setCancelling}
        />
        <RosterSection
          title={t('roster.waitlist')}
          entries={waiting}
          onCancel={setCancelling}
          waitlist
        />
        {cancelled > 0 && (
          <Text size="sm" c="dimmed">
            {t('roster.cancelled', { number: cancelled })}
          </Text>
        )}
      </Stack>
      <CancelRegistrationModal
        seminar={seminar}
        entry={cancelling}
        onClose={() => setCancelling(null)}
      />
    </Paper>
  );
}
