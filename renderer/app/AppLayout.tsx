// The app shell: navigation with icons and labels, a header naming the desk and the staff
// member, and the page, inside an error boundary so a crash keeps the navigation usable.
import {
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  NavLink,
  Stack,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingBridge2, IconLock, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { useLockDesk, useMay, useSession } from '../features/accounts';
import { AuditChainWarning } from '../features/audit';
import { useAutoBackupSchedule } from '../features/backup';
import { useSeedStarterServices } from '../features/services';
import { useDesk, useSampleDataSummary } from '../features/settings';
import { useEnsurePresetPartners } from '../features/stakeholders';
import { SyncProvider, SyncStatusBadge } from '../sync';
import { ErrorBoundary } from './ErrorBoundary';
import { NAVIGATION } from './navigation';
import { GlobalShortcuts } from './shortcuts/GlobalShortcuts';

export function AppLayout() {
  const { t } = useTranslation();
  const { profile } = useDesk();
  const session = useSession();
  const lock = useLockDesk();
  const sampleData = useSampleDataSummary();
  // Only who may remove sample data is sent to Settings to do it.
  const mayManageSampleData = useMay('manageSampleData');
  useSeedStarterServices();
  useEnsurePresetPartners();
  useAutoBackupSchedule();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();

  return (
    <SyncProvider>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <GlobalShortcuts />
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              />
              <ThemeIcon variant="filled" radius="md" aria-hidden>
                <IconBuildingBridge2 size={18} />
              </ThemeIcon>
              <Stack gap={0}>
                <Text fw={700} lh={1.2} data-testid="header-desk">
                  {profile.deskName}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {profile.municipality}
                </Text>
              </Stack>
              {sampleData && mayManageSampleData && (
                <Badge
                  color="orange"
                  variant="light"
                  component={RouterLink}
                  to="/settings"
                  title={t('badgeHint', { ns: 'sampleData' })}
                  data-testid="sample-badge"
                >
                  {t('badge', { ns: 'sampleData' })}
                </Badge>
              )}
              {sampleData && !mayManageSampleData && (
                <Badge color="orange" variant="light" data-testid="sample-badge">
                  {t('badge', { ns: 'sampleData' })}
                </Badge>
              )}
            </Group>
            <Group gap="md" wrap="nowrap">
              <SyncStatusBadge />
              <Group gap={6} wrap="nowrap" data-testid="header-staff">
                <IconUserCircle size={20} aria-hidden />
                <Text size="sm">{t('header.staff', { name: session.name })}</Text>
              </Group>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconLock size={16} aria-hidden />}
                onClick={() => void lock()}
                title={t('lock.label', { ns: 'accounts' })}
                aria-keyshortcuts="Control+L"
              >
                {t('lock.button', { ns: 'accounts' })}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
          {NAVIGATION.map(({ path, labelKey, icon: Icon }) => (
            <NavLink
              key={path}
              component={RouterLink}
              to={path}
              label={t(labelKey)}
              leftSection={<Icon size={18} aria-hidden />}
              active={location.pathname.startsWith(path)}
              onClick={close}
            />
          ))}
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <AuditChainWarning />
          <ErrorBoundary resetKey={location.pathname}>
            <Outlet />
          </ErrorBoundary>
        </AppShell.Main>
      </AppShell>
    </SyncProvider>
  );
}
