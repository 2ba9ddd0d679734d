// Closing a case asks what happened in the end.
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresetLabel } from '../../settings';

interface Props {
  status: string | null;
  onCancel: () => void;
  onConfirm: (outcome: string) => Promise<void>;
}

export function CloseCaseModal({ status, onCancel, onConfirm }: Props) {
  const { t } = useTranslation('cases');
  const label = usePresetLabel();
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // While the dialog fades out, `status` is already null: keep its title until it is gone.
  const [shown, setShown] = useState(status);
  if (status && status !== shown) setShown(status);

  const confirm = async () => {
    if (!outcome.trim()) {
      setError(t('errors.outcomeRequired'));
      return;
    }
    setSaving(true);
    try {
      await onConfirm(outcome.trim());
      setOutcome('');
      setError(null);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={status !== null}
      onClose={onCancel}
      title={shown ? t('close.title', { status: label('statuses', shown) }) : ''}
      closeButtonProps={{ 'aria-label': t('close.cancel') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <Stack>
          <Textarea
            label={t('close.outcome')}
            description={t('close.outcomeHint')}
            value={outcome}
            onChange={(event) => setOutcome(event.currentTarget.value)}
            error={error}
            autosize
            minRows={3}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('close.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('close.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
