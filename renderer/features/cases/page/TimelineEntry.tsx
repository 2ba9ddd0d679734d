// One timeline entry: what happened, the text, who and when, and its action if any.
import { Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../ui/format';
import { usePresetLabel } from '../../settings';
import type { CaseEvent } from '../caseEventRepository';
import { TextEntryForm } from './TextEntryForm';
import { useCaseActions } from './useCaseActions';
import { usePartnerName } from './usePartnerName';
import type { CaseView } from './useCaseView';

function useTitle(view: CaseView) {
  const { t, i18n } = useTranslation('cases');
  const label = usePresetLabel();
  const partnerName = usePartnerName(view);
  return (e: CaseEvent) => {
    switch (e.type) {
      case 'statusChange':
        return t('events.statusChange', {
          from: label('statuses', e.fromStatus ?? ''),
          to: label('statuses', e.toStatus ?? ''),
        });
      case 'referral':
        return t('events.referral', { partner: partnerName(e.partnerId) });
      case 'referralResponse':
        return t('events.referralResponse', { partner: partnerName(e.partnerId) });
      case 'followUpDue':
        return t('events.followUpDue', { date: formatDate(i18n.language, e.dueAt ?? e.at) });
      default:
        return t(`events.${e.type}`);
    }
  };
}

export function TimelineEntry({ event, view }: { event: CaseEvent; view: CaseView }) {
  const { t, i18n } = useTranslation('cases');
  const title = useTitle(view);
  const actions = useCaseActions(view.record.id);
  const [responding, setResponding] = useState(false);
  const overdue =
    event.type === 'followUpDue' &&
    !event.doneAt &&
    event.dueAt &&
    event.dueAt < new Date().toISOString();
  const answered = view.events.some(
    (e) => e.type === 'referralResponse' && e.relatedEventId === event.id,
  );

  return (
    <>
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {title(event)}
        </Text>
        {overdue && (
          <Badge size="xs" color="red">
            {t('events.overdue')}
          </Badge>
        )}
        {event.type === 'followUpDue' && event.doneAt && (
          <Badge size="xs" color="teal" variant="light">
            {t('events.done')}
          </Badge>
        )}
      </Group>
      {event.text && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {event.text}
        </Text>
      )}
      {event.documentsSent && (
        <Text size="xs">{t('events.documents', { documents: event.documentsSent })}</Text>
      )}
      <Text size="xs" c="dimmed">
        {t('events.by', {
          name: view.staffNames[event.updatedBy] ?? '',
          time: formatDateTime(i18n.language, event.at),
        })}
      </Text>
      {event.type === 'followUpDue' && !event.doneAt && (
        <Group>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => void actions.completeFollowUp(event)}
          >
            {t('events.markDone')}
          </Button>
        </Group>
      )}
      {event.type === 'referral' && !answered && !responding && (
        <Group>
          <Button size="compact-xs" variant="light" onClick={() => setResponding(true)}>
            {t('events.recordResponse')}
          </Button>
        </Group>
      )}
      {responding && (
        <TextEntryForm
          label={t('events.response')}
          submitLabel={t('events.saveResponse')}
          onSubmit={async (text) => {
            await actions.addReferralResponse(event, text);
            setResponding(false);
          }}
        />
      )}
    </>
  );
}
