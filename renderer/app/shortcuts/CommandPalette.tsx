// Ctrl+K: type a few letters of where to go or what to do, Enter goes there.
import { Modal, NavLink, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paletteCommands } from './commands';

export function CommandPalette({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const label = (key: string) => (t as (k: string) => string)(key);
  const commands = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return paletteCommands().filter((c) => !q || label(c.labelKey).toLocaleLowerCase().includes(q));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- label follows t
  }, [query, t]);

  const run = (index: number) => {
    const command = commands[index];
    if (!command) return;
    onClose();
    setQuery('');
    void navigate(command.path);
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('palette.title')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack gap="xs">
        <TextInput
          data-autofocus
          label={t('palette.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, commands.length - 1));
            if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
            if (event.key === 'Enter') run(active);
          }}
          aria-controls="palette-results"
          aria-activedescendant={commands[active] ? `palette-${commands[active].id}` : undefined}
        />
        <div id="palette-results" role="listbox" aria-label={t('palette.title')}>
          {commands.map((command, index) => (
            <NavLink
              key={command.id}
              id={`palette-${command.id}`}
              role="option"
              aria-selected={index === active}
              active={index === active}
              label={label(command.labelKey)}
              leftSection={<command.icon size={16} aria-hidden />}
              onClick={() => run(index)}
              tabIndex={-1}
            />
          ))}
          {commands.length === 0 && <Text size="sm">{t('palette.nothing')}</Text>}
        </div>
      </Stack>
    </Modal>
  );
}
