// Cancelling a registration is the one destructive act here: it asks once, and says that the
// freed place goes to the next person on the waitlist.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Seminar } from '../seminarTypes';
import type { RosterEntry } from '../useRoster';
import { useSeminarActions } from '../useSeminarActions';

interface Props {
  seminar: Seminar;
  entry: RosterEntry | null;
  onClose: () => void;
}

export function CancelRegistrationModal({ entry, onClose }: Props) {
  const { t } = useTranslation('seminars');
  const actions = useSeminarActions();
  const confirm = async () => {
    if (!entry) return;
    const promoted = await actions.cancel(entry.attendance.id);
    onClose();
    notifications.show({
      message:
        promoted.length > 0
          ? t('cancel.donePromoted', { name: entry.name, number: promoted.length })
          : t('cancel.done', { name: entry.name }),
    });
  };
  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      title={t('cancel.title')}
      centered
      closeButtonProps={{ 'aria-label': t('cancel.keep') }}
    >
      <Stack gap="md">
        <Text>{t('cancel.body', { name: entry?.name ?? '' })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('cancel.keep')}
          </Button>
          <Button color="red" onClick={() => void confirm()}>
            {t('cancel.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
