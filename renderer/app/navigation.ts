// The capabilities in the navigation. Only capabilities that work are listed here.
import { IconSettings, type Icon } from '@tabler/icons-react';

export interface NavigationItem {
  path: string;
  labelKey: 'nav.settings';
  icon: Icon;
}

export const NAVIGATION: readonly NavigationItem[] = [
  { path: '/settings', labelKey: 'nav.settings', icon: IconSettings },
];

export const HOME_PATH = NAVIGATION[0]!.path;
