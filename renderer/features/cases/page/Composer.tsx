// The composer at the top of the timeline: a note, a contact attempt, a follow-up or a
// referral, as tabs; the keyboard moves between tabs with the arrow keys.
import { Paper, Tabs } from '@mantine/core';
import { IconArrowForwardUp, IconCalendarDue, IconNote, IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FollowUpForm } from './FollowUpForm';
import { ReferralForm } from './ReferralForm';
import { TextEntryForm } from './TextEntryForm';
import { useCaseActions } from './useCaseActions';
import type { CaseView } from './useCaseView';

export function Composer({ view }: { view: CaseView }) {
  const { t } = useTranslation('cases');
  const actions = useCaseActions(view.record.id);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('composer.label')}>
      <Tabs defaultValue="note" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="note" leftSection={<IconNote size={16} aria-hidden />}>
            {t('composer.note')}
          </Tabs.Tab>
          <Tabs.Tab value="contact" leftSection={<IconPhoneCall size={16} aria-hidden />}>
            {t('composer.contactAttempt')}
          </Tabs.Tab>
          <Tabs.Tab value="followUp" leftSection={<IconCalendarDue size={16} aria-hidden />}>
            {t('composer.followUp')}
          </Tabs.Tab>
          <Tabs.Tab value="referral" leftSection={<IconArrowForwardUp size={16} aria-hidden />}>
            {t('composer.referral')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="note">
          <TextEntryForm label={t('composer.noteText')} onSubmit={actions.addNote} />
        </Tabs.Panel>
        <Tabs.Panel value="contact">
          <TextEntryForm label={t('composer.contactText')} onSubmit={actions.addContactAttempt} />
        </Tabs.Panel>
        <Tabs.Panel value="followUp">
          <FollowUpForm onSubmit={actions.addFollowUp} />
        </Tabs.Panel>
        <Tabs.Panel value="referral">
          <ReferralForm view={view} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
