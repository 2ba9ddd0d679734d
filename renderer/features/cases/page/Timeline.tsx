// The case timeline, newest first, with the action each entry invites: a due follow-up can be
// marked done, a referral can get its partner's response.
import { Paper, Stack, Text, Timeline as MantineTimeline, Title } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconCalendarCheck,
  IconCalendarDue,
  IconNote,
  IconPhoneCall,
  IconShieldExclamation,
  IconStatusChange,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../caseEventRepository';
import { TimelineEntry } from './TimelineEntry';
import type { CaseView } from './useCaseView';

const ICONS: Record<CaseEvent['type'], typeof IconNote> = {
  note: IconNote,
  statusChange: IconStatusChange,
  referral: IconArrowForwardUp,
  referralResponse: IconArrowBackUp,
  followUpDue: IconCalendarDue,
  followUpDone: IconCalendarCheck,
  contactAttempt: IconPhoneCall,
  consentOverride: IconShieldExclamation,
};

export function Timeline({ view }: { view: CaseView }) {
  const { t } = useTranslation('cases');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="timeline-title">
      <Title order={2} size="h5" mb="sm" id="timeline-title">
        {t('page.timeline')}
      </Title>
      {view.events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('page.emptyTimeline')}
        </Text>
      ) : (
        <MantineTimeline bulletSize={26} lineWidth={2} data-testid="timeline">
          {view.events.map((event) => {
            const Icon = ICONS[event.type];
            return (
              <MantineTimeline.Item
                key={event.id}
                bullet={<Icon size={14} aria-hidden />}
                color={event.type === 'consentOverride' ? 'orange' : undefined}
              >
                <Stack gap={2}>
                  <TimelineEntry event={event} view={view} />
                </Stack>
              </MantineTimeline.Item>
            );
          })}
        </MantineTimeline>
      )}
    </Paper>
  );
}
