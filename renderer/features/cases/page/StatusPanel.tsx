// The status with the allowed next statuses as buttons. A closing status asks for the outcome;
// any change can be undone at once from the notification. A role that may not change a health,
// legal or abuse case (a clerk) is told so instead of being shown the buttons.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayChangeStatus } from '../../../../domain/cases/caseAccess';
import { allowedNextStatuses, isClosingStatus } from '../../../../domain/presets';
import { useRole } from '../../accounts';
import { usePreset, usePresetLabel } from '../../settings';
import { UndoRefused } from '../caseRepository';
import { StatusBadge } from './CaseBadges';
import { CloseCaseModal } from './CloseCaseModal';
import { useCaseActions } from './useCaseActions';
import type { CaseView } from './useCaseView';

export function StatusPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation('cases');
  const preset = usePreset();
  const label = usePresetLabel();
  const actions = useCaseActions(view.record.id);
  const [closingTo, setClosingTo] = useState<string | null>(null);
  const next = allowedNextStatuses(preset, view.record.status);
  const mayChange = mayChangeStatus(useRole(), view.record.categories) && !view.restricted;

  const move = async (to: string, outcome?: string) => {
    const event = await actions.changeStatus(to, outcome);
    notifications.show({
      id: `status-${event.id}`,
      message: (
        <Group justify="space-between" gap="xs">
          <Text size="sm">{t('page.statusChanged', { status: label('statuses', to) })}</Text>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => {
              notifications.hide(`status-${event.id}`);
              actions.undoStatusChange(event.id).catch((error: unknown) =>
                notifications.show({
                  color: 'red',
                  message:
                    error instanceof UndoRefused
                      ? t(`page.undoRefused.${error.problem}`)
                      : t('page.undoFailed', { reason: String(error) }),
                }),
              );
            }}
          >
            {t('page.undo')}
          </Button>
        </Group>
      ),
      autoClose: 8000,
      closeButtonProps: { 'aria-label': t('app.close', { ns: 'common' }) },
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-status-title">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h5" id="case-status-title">
            {t('page.status')}
          </Title>
          <StatusBadge status={view.record.status} />
        </Group>
        {!mayChange ? (
          <Text size="sm" data-testid="status-restricted">
            {t('page.statusRestricted')}
          </Text>
        ) : next.length === 0 ? (
          <Text size="sm">{t('page.noNextStatus')}</Text>
        ) : (
          <>
            <Text size="xs" c="dimmed">
              {t('page.nextStatus')}
            </Text>
            <Group gap={6}>
              {next.map((to) => (
                <Button
                  key={to}
                  size="xs"
                  variant={isClosingStatus(preset, to) ? 'outline' : 'light'}
                  color={isClosingStatus(preset, to) ? 'gray' : undefined}
                  onClick={() => (isClosingStatus(preset, to) ? setClosingTo(to) : void move(to))}
                >
                  {label('statuses', to)}
                </Button>
              ))}
            </Group>
          </>
        )}
        {view.record.outcome && (
          <Text size="sm" data-testid="case-outcome">
            {view.record.outcome}
          </Text>
        )}
      </Stack>
      <CloseCaseModal
        status={closingTo}
        onCancel={() => setClosingTo(null)}
        onConfirm={async (outcome) => {
          await move(closingTo!, outcome);
          setClosingTo(null);
        }}
      />
    </Paper>
  );
}
