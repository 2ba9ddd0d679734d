// Shown while the desk holds sample data: how much, and the one step that removes it, behind a
// confirmation because it deletes.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFlask, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../../ui/format';
import type { SampleDataSummary } from './sampleManifest';

interface Props {
  summary: SampleDataSummary;
  busy: boolean;
  onRemove: () => void;
}

export function SampleDataNotice({ summary, busy, onRemove }: Props) {
  const { t, i18n } = useTranslation('sampleData');
  const [confirming, { open, close }] = useDisclosure(false);
  const remove = () => {
    close();
    onRemove();
  };

  return (
    <Alert color="orange" icon={<IconFlask aria-hidden />} data-testid="sample-present">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('panel.present', {
            contents: formatList(i18n.language, [
              t('panel.contents.cases', { count: summary.cases }),
              t('panel.contents.people', { count: summary.people }),
              t('panel.contents.events', { count: summary.caseEvents }),
            ]),
          })}
        </Text>
        <Text size="sm">{t('panel.presentHint')}</Text>
        <Group>
          <Button
            size="xs"
            color="red"
            variant="light"
            leftSection={<IconTrash size={14} aria-hidden />}
            onClick={open}
            disabled={busy}
          >
            {t('panel.remove')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={close} title={t('panel.confirmTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('panel.confirmBody', { count: summary.cases })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('panel.confirmKeep')}
            </Button>
            <Button color="red" onClick={remove}>
              {t('panel.confirmRemove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Alert>
  );
}
