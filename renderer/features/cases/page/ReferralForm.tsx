// A referral names a partner, the reason, what was sent and when a response is due. Without
// the client's consent to referral it is refused, unless a supervisor overrides with a reason.
import { Alert, Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/DateField';
import { isLocalDay } from '../../../ui/dateText';
import { SavedNotice } from '../../../ui/SavedNotice';
import { useSavedAt } from '../../../ui/useSavedAt';
import { ReferralRefused } from '../caseEventRepository';
import { useCaseActions } from './useCaseActions';
import type { CaseView } from './useCaseView';
import { usePartnerOptions, useReferralPermission, useStaffRole } from './useReferralSupport';
import { SearchableSelect } from '../../../ui/SearchableSelect';

const EMPTY = {
  partnerId: null as string | null,
  reason: '',
  documents: '',
  due: '',
  overrideReason: '',
};

export function ReferralForm({ view }: { view: CaseView }) {
  const { t } = useTranslation('cases');
  const actions = useCaseActions(view.record.id);
  const partners = usePartnerOptions();
  const role = useStaffRole();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const { savedAt, markSaved } = useSavedAt();
  const permission = useReferralPermission(view.record.clientId, values.partnerId);
  const needsOverride = permission?.allowed === false;
  const set = (patch: Partial<typeof EMPTY>) => setValues((v) => ({ ...v, ...patch }));

  const submit = async () => {
    const next = {
      partnerId: values.partnerId ? undefined : t('errors.partnerRequired'),
      reason: values.reason.trim() ? undefined : t('errors.required', { ns: 'common' }),
      due:
        !values.due || isLocalDay(values.due) ? undefined : t('errors.invalid', { ns: 'common' }),
    };
    setErrors(next);
    if (next.partnerId || next.reason || next.due) return;
    try {
      await actions.addReferral({
        clientId: view.record.clientId,
        partnerId: values.partnerId!,
        reason: values.reason.trim(),
        documentsSent: values.documents.trim() || undefined,
        dueAt: values.due ? new Date(`${values.due}T17:00:00`).toISOString() : undefined,
        override: needsOverride
          ? { role: role ?? 'officer', reason: values.overrideReason }
          : undefined,
      });
      setValues(EMPTY);
      markSaved();
    } catch (error) {
      if (!(error instanceof ReferralRefused)) throw error;
      const message =
        error.problem === 'noConsent' ? t('composer.noConsent') : t(`composer.${error.problem}`);
      setErrors({ overrideReason: message });
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <SearchableSelect
            label={t('composer.partner')}
            data={partners}
            value={values.partnerId}
            onChange={(partnerId) => set({ partnerId })}
            error={errors.partnerId}
            required
          />
          <DateField
            label={t('composer.responseDue')}
            value={values.due}
            onChange={(due) => set({ due })}
            error={errors.due}
          />
        </SimpleGrid>
        <Textarea
          label={t('composer.reason')}
          value={values.reason}
          onChange={(e) => set({ reason: e.currentTarget.value })}
          error={errors.reason}
          autosize
          minRows={2}
          required
        />
        <TextInput
          label={t('composer.documentsSent')}
          value={values.documents}
          onChange={(e) => set({ documents: e.currentTarget.value })}
        />
        {needsOverride && (
          <Alert color="orange" title={t('composer.override')} data-testid="referral-no-consent">
            <Stack gap="xs">
              {t('composer.noConsent')}
              <Textarea
                label={t('composer.overrideReason')}
                description={t('composer.overrideReasonHint')}
                value={values.overrideReason}
                onChange={(e) => set({ overrideReason: e.currentTarget.value })}
                error={errors.overrideReason}
                autosize
                minRows={2}
              />
            </Stack>
          </Alert>
        )}
        <Group justify="space-between">
          <SavedNotice at={savedAt} />
          <Button type="submit" size="xs">
            {t('composer.refer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
