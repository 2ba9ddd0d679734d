// Deleting is the one act that asks first (UX "Saved means saved"); Esc or Cancel keeps it.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { listAddress } from '../useListAddress';
import { useStakeholderWrites } from '../useStakeholderWrites';
import { useWriteFailure } from '../useWriteFailure';

export function DeleteStakeholderButton({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation('stakeholders');
  const [opened, { open, close }] = useDisclosure(false);
  const writes = useStakeholderWrites();
  const navigate = useNavigate();
  const reportFailure = useWriteFailure();
  const confirm = async () => {
    try {
      await writes.remove(id);
    } catch (error) {
      reportFailure(error);
      return;
    }
    close();
    await navigate(listAddress());
  };

  return (
    <>
      <Button
        variant="default"
        color="red"
        leftSection={<IconTrash size={16} aria-hidden />}
        onClick={open}
      >
        {t('delete.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('delete.title', { name })}
        closeButtonProps={{ 'aria-label': t('delete.cancel') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('delete.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('delete.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirm()}>
              {t('delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
