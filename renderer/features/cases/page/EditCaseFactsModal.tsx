// Correcting the facts of a saved case: how the client came, the categories, the urgency, the
// client's account and the details of the person concerned, with the intake's rules. Closing
// with unsaved changes asks first; Esc at that question goes back to the form.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  caseFactsSchema,
  caseFactsValues,
  toCaseFacts,
  type CaseFactsValues,
} from '../../../../domain/cases/caseFactsForm';
import { formatTime } from '../../../ui/format';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { usePreset } from '../../settings';
import { WhatHappenedFields } from '../facts/WhatHappenedFields';
import { DetailFields } from '../intake/DetailFields';
import { useCaseActions } from './useCaseActions';
import type { CaseView } from './useCaseView';

export function EditCaseFactsModal({ view, onClose }: { view: CaseView; onClose: () => void }) {
  const { t, i18n } = useTranslation('cases');
  const preset = usePreset();
  const actions = useCaseActions(view.record.id);
  const schema = useMemo(() => caseFactsSchema(preset), [preset]);
  // Mounted when the officer opens it: the form starts from the case as it is then.
  const [initial] = useState(() => caseFactsValues(preset, view.record));
  const form = useForm<CaseFactsValues>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const formRef = useFocusFirstError(form.formState);
  const [confirming, setConfirming] = useState(false);
  // Read while rendering: react-hook-form works out only the state a render has asked for.
  const { isDirty } = form.formState;

  const requestClose = () => {
    if (confirming) setConfirming(false);
    else if (isDirty) setConfirming(true);
    else onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    try {
      await actions.updateFacts(toCaseFacts(values));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      form.setError('root', { message: t('errors.saveFailed', { ns: 'common', reason }) });
      return;
    }
    notifications.show({
      color: 'teal',
      message: t('edit.saved', { time: formatTime(i18n.language, new Date()) }),
    });
    onClose();
  });

  return (
    <Modal
      opened
      onClose={requestClose}
      title={t('edit.title', { reference: view.record.reference })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('edit.cancel') }}
    >
      <FormProvider {...form}>
        <form ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
          <Stack gap="sm">
            <WhatHappenedFields />
            <DetailFields editing />
            {form.formState.errors.root && (
              <Alert color="red" role="alert">
                {form.formState.errors.root.message}
              </Alert>
            )}
            {confirming ? (
              <Alert
                color="yellow"
                title={t('edit.discardQuestion')}
                data-testid="discard-question"
              >
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
                    {t('edit.keepEditing')}
                  </Button>
                  <Button color="red" variant="light" onClick={onClose}>
                    {t('edit.discard')}
                  </Button>
                </Group>
              </Alert>
            ) : (
              <Group justify="flex-end">
                <Button variant="default" onClick={requestClose}>
                  {t('edit.cancel')}
                </Button>
                <Button type="submit" loading={form.formState.isSubmitting}>
                  {t('edit.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      </FormProvider>
    </Modal>
  );
}
