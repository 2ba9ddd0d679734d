// "?": the keyboard shortcuts, so nobody has to guess them.
import { Group, Kbd, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const SHORTCUTS = [
  { keys: ['Ctrl', 'K'], labelKey: 'shortcuts.palette' },
  { keys: ['/'], labelKey: 'shortcuts.search' },
  { keys: ['?'], labelKey: 'shortcuts.help' },
  { keys: ['Enter'], labelKey: 'shortcuts.submit' },
  { keys: ['Esc'], labelKey: 'shortcuts.cancel' },
  { keys: ['Ctrl', 'Enter'], labelKey: 'shortcuts.addNote' },
  { keys: ['Ctrl', 'Shift', 'S'], labelKey: 'shortcuts.sync' },
  { keys: ['Ctrl', 'L'], labelKey: 'shortcuts.lock' },
] as const;

export function ShortcutsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('shortcuts.title')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack gap="xs">
        {SHORTCUTS.map(({ keys, labelKey }) => (
          <Group key={labelKey} justify="space-between">
            <Text size="sm">{t(labelKey)}</Text>
            <Group gap={4} dir="ltr">
              {keys.map((key) => (
                <Kbd key={key}>{key}</Kbd>
              ))}
            </Group>
          </Group>
        ))}
      </Stack>
    </Modal>
  );
}
