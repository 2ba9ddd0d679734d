// Stakeholders: Directory, Map and Network over the same filters (UX "Key screens"), so a
// country chosen on the map also narrows the directory and the network.
import { Button, Center, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { IconAffiliate, IconList, IconMap2, IconPlus } from '@tabler/icons-react';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { filterStakeholders } from '../../../domain/stakeholders/filters';
import { PageHeader } from '../../ui/PageHeader';
import { NoStakeholders, NoStakeholderMatches } from './NoStakeholders';
import { StakeholderDirectory } from './directory/StakeholderDirectory';
import { StakeholderFilterBar } from './directory/StakeholderFilterBar';
import { useRememberListAddress } from './useListAddress';
import { useStakeholderFilters, type StakeholderView } from './useStakeholderFilters';
import { useStakeholderLinks, useStakeholders } from './useStakeholders';

// The map (world atlas) and the network (cytoscape) load only when their tab is opened.
const StakeholderMap = lazy(() =>
  import('./map/StakeholderMap').then((m) => ({ default: m.StakeholderMap })),
);
const StakeholderNetwork = lazy(() =>
  import('./network/StakeholderNetwork').then((m) => ({ default: m.StakeholderNetwork })),
);

function Waiting({ label }: { label?: string }) {
  return (
    <Center mih={200}>
      <Group gap="xs">
        <Loader size="sm" aria-hidden />
        {label && <Text size="sm">{label}</Text>}
      </Group>
    </Center>
  );
}

export function StakeholdersPage() {
  const { t } = useTranslation('stakeholders');
  const all = useStakeholders();
  const links = useStakeholderLinks();
  const { filters, setFilters, clearFilters, view, setView } = useStakeholderFilters();
  useRememberListAddress();
  const shown = useMemo(() => filterStakeholders(all ?? [], filters), [all, filters]);
  // The map shows every country the other filters allow: the chosen one stays highlighted.
  const onMap = useMemo(
    () => filterStakeholders(all ?? [], { ...filters, country: null }),
    [all, filters],
  );
  const add = (
    <Button
      component={Link}
      to="/stakeholders/new"
      leftSection={<IconPlus size={16} aria-hidden />}
    >
      {t('page.add')}
    </Button>
  );

  return (
    <Stack gap="md">
      <PageHeader title={t('page.title')} aside={add} />
      <Text size="sm" c="dimmed" maw={820}>
        {t('page.intro')}
      </Text>
      {all === undefined && <Waiting />}
      {all?.length === 0 && <NoStakeholders />}
      {all && all.length > 0 && (
        <>
          <StakeholderFilterBar
            all={all}
            shown={view === 'map' ? onMap.length : shown.length}
            filters={filters}
            onChange={setFilters}
            onClear={clearFilters}
          />
          <Tabs
            value={view}
            onChange={(v) => v && setView(v as StakeholderView)}
            keepMounted={false}
          >
            <Tabs.List aria-label={t('page.views')} mb="sm">
              <Tabs.Tab value="directory" leftSection={<IconList size={16} aria-hidden />}>
                {t('tabs.directory')}
              </Tabs.Tab>
              <Tabs.Tab value="map" leftSection={<IconMap2 size={16} aria-hidden />}>
                {t('tabs.map')}
              </Tabs.Tab>
              <Tabs.Tab value="network" leftSection={<IconAffiliate size={16} aria-hidden />}>
                {t('tabs.network')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="directory">
              {shown.length === 0 ? (
                <NoStakeholderMatches onClear={clearFilters} />
              ) : (
                <StakeholderDirectory stakeholders={shown} filters={filters} />
              )}
            </Tabs.Panel>
            <Tabs.Panel value="map">
              <Suspense fallback={<Waiting label={t('map.loading')} />}>
                <StakeholderMap
                  stakeholders={onMap}
                  selected={filters.country}
                  onSelect={(country) => setFilters({ country })}
                />
              </Suspense>
            </Tabs.Panel>
            <Tabs.Panel value="network">
              <Suspense fallback={<Waiting label={t('network.loading')} />}>
                {/* Drawn once the links are read, so the layout runs once, not twice. */}
                {links ? (
                  <StakeholderNetwork stakeholders={shown} links={links} />
                ) : (
                  <Waiting label={t('network.loading')} />
                )}
              </Suspense>
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
