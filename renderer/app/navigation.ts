// The capabilities in the navigation. Only capabilities that work are listed here.
import {
  IconAffiliate,
  IconHeartHandshake,
  IconFolders,
  IconAlarm,
  IconChartBar,
  IconUsers,
  IconPresentation,
  IconSettings,
  IconWorld,
  type Icon,
} from '@tabler/icons-react';

export interface NavigationItem {
  path: string;
  labelKey:
    | 'nav.cases'
    | 'nav.followUps'
    | 'nav.people'
    | 'nav.settings'
    | 'nav.services'
    | 'nav.stakeholders'
    | 'nav.seminars'
    | 'nav.reports'
    | 'nav.catalogue';
  icon: Icon;
}

export const NAVIGATION: readonly NavigationItem[] = [
  { path: '/cases', labelKey: 'nav.cases', icon: IconFolders },
  { path: '/follow-ups', labelKey: 'nav.followUps', icon: IconAlarm },
  { path: '/people', labelKey: 'nav.people', icon: IconUsers },
  { path: '/seminars', labelKey: 'nav.seminars', icon: IconPresentation },
  { path: '/services', labelKey: 'nav.services', icon: IconHeartHandshake },
  { path: '/stakeholders', labelKey: 'nav.stakeholders', icon: IconAffiliate },
  { path: '/reports', labelKey: 'nav.reports', icon: IconChartBar },
  { path: '/catalogue', labelKey: 'nav.catalogue', icon: IconWorld },
  { path: '/settings', labelKey: 'nav.settings', icon: IconSettings },
];

export const HOME_PATH = NAVIGATION[0]!.path;
