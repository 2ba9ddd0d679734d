// Deleting is the one destructive act here, so it alone asks for confirmation.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  onDelete: () => Promise<void>;
}

export function DeleteServiceButton({ name, onDelete }: Props) {
  const { t } = useTranslation('services');
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} aria-hidden />}
        onClick={open}
      >
        {t('page.delete')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('page.deleteTitle')} centered>
        <Stack gap="md">
          <Text>{t('page.deleteBody', { name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('page.cancel')}
            </Button>
            <Button color="red" onClick={() => void onDelete().then(close)}>
              {t('page.confirmDelete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
