// What the command palette offers: going to each capability, and the frequent actions.
import { IconPlus, type Icon } from '@tabler/icons-react';
import { NAVIGATION } from '../navigation';

export interface Command {
  id: string;
  /** Key in the common namespace. */
  labelKey: string;
  path: string;
  icon: Icon;
}

export function paletteCommands(): Command[] {
  const hasCases = NAVIGATION.some((item) => item.path === '/cases');
  const actions: Command[] = hasCases
    ? [{ id: 'newCase', labelKey: 'palette.newCase', path: '/cases/new', icon: IconPlus }]
    : [];
  const goTo = NAVIGATION.map((item) => ({
    id: `go-${item.path}`,
    labelKey: item.labelKey,
    path: item.path,
    icon: item.icon,
  }));
  return [...actions, ...goTo];
}
