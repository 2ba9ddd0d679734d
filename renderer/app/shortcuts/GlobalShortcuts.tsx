// The app-wide keys: Ctrl+K opens the command palette, "/" focuses the page's search
// box (an input marked data-page-search), "?" lists the shortcuts, Ctrl+L locks. Typing in a field is never
// taken over: "/" and "?" only act outside inputs. Ctrl+Shift+S syncs with the catalogue.
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import { useLockDesk } from '../../features/accounts';
import { useSyncService } from '../../sync';
import { CommandPalette } from './CommandPalette';
import { ShortcutsDialog } from './ShortcutsDialog';

function focusPageSearch() {
  document.querySelector<HTMLInputElement>('[data-page-search]')?.focus();
}

export function GlobalShortcuts() {
  const [paletteOpen, palette] = useDisclosure(false);
  const [helpOpen, help] = useDisclosure(false);
  // Ctrl+K works everywhere, also while typing in a field.
  useHotkeys([['mod+k', palette.open]], []);
  // Ctrl+Shift+S syncs now (when sharing is on), also while typing in a field.
  const sync = useSyncService();
  useHotkeys([['mod+shift+s', () => void sync.syncNow()]], []);
  // Ctrl+L locks at once, also while typing in a field (someone walks up to the counter).
  const lock = useLockDesk();
  useHotkeys([['mod+l', () => void lock()]], []);
  useHotkeys([['/', focusPageSearch]], ['INPUT', 'TEXTAREA', 'SELECT'], true);
  // "?" is Shift plus a different key on each keyboard layout: match the character typed.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '?' && !typing) help.open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [help]);
  return (
    <>
      <CommandPalette opened={paletteOpen} onClose={palette.close} />
      <ShortcutsDialog opened={helpOpen} onClose={help.close} />
    </>
  );
}
