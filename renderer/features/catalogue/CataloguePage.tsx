// The Catalogue: other cities' commitments (the seed pledges and what desks publish) with their
// published indicators, and the stakeholders municipalities share. It reads the desk's copy, so
// it works offline; "Refresh" brings the copy up to date from the catalogue in Settings → Sync.
import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBuildingCommunity,
  IconRefresh,
  IconSettings,
  IconWorld,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemKey } from '../../sync';
import { PageHeader } from '../../ui/PageHeader';
import { CommitmentsTab } from './CommitmentsTab';
import { CopyAge } from './CopyAge';
import { StakeholdersTab } from './StakeholdersTab';
import { useCatalogueCopy } from './useCatalogueCopy';
import { useCatalogueRefresh } from './useCatalogueRefresh';

function NoCatalogueAddress() {
  const { t } = useTranslation('catalogue');
  return (
    <EmptyState
      icon={<IconWorld size={32} aria-hidden />}
      variant="light"
      title={t('empty.noAddressTitle')}
      description={t('empty.noAddressBody')}
      py="xl"
      data-testid="catalogue-no-address"
    >
      <EmptyState.Actions>
        <Button
          component={Link}
          to="/settings"
          leftSection={<IconSettings size={16} aria-hidden />}
        >
          {t('empty.openSettings')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

export function CataloguePage() {
  const { t } = useTranslation('catalogue');
  const { t: tSync } = useTranslation('sync');
  const copy = useCatalogueCopy();
  const refresh = useCatalogueRefresh();
  const [tab, setTab] = useState<string>('commitments');
  const loading = copy.commitments === undefined || copy.refreshedAt === undefined;
  const empty = !loading && copy.refreshedAt === null && copy.commitments!.length === 0;

  const aside = refresh.configured && (
    <Button
      leftSection={<IconRefresh size={16} aria-hidden />}
      loading={refresh.running}
      onClick={() => void refresh.refresh()}
    >
      {t('page.refresh')}
    </Button>
  );

  return (
    <Stack gap="md">
      <PageHeader title={t('page.title')} aside={aside} />
      <Text size="sm" c="dimmed" maw={820}>
        {t('page.intro')}
      </Text>
      {refresh.problem && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {tSync(problemKey(refresh.problem))}
        </Alert>
      )}
      {loading && (
        <Center mih={200}>
          <Loader aria-hidden />
        </Center>
      )}
      {!loading && refresh.configured === false && empty && <NoCatalogueAddress />}
      {!loading && refresh.configured && empty && (
        <EmptyState
          icon={<IconBuildingCommunity size={32} aria-hidden />}
          variant="light"
          title={t('empty.notLoadedTitle')}
          description={t('empty.notLoadedBody')}
          py="xl"
        />
      )}
      {!loading && !empty && (
        <>
          <Group gap="xs">
            <CopyAge refreshedAt={copy.refreshedAt ?? null} />
            {refresh.configured === false && (
              <Text size="sm" c="dimmed">
                {t('page.noAddressNote')}
              </Text>
            )}
          </Group>
          <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false}>
            <Tabs.List aria-label={t('page.views')} mb="sm">
              <Tabs.Tab value="commitments">
                {t('page.commitmentsTab', { count: copy.commitments!.length })}
              </Tabs.Tab>
              <Tabs.Tab value="stakeholders">
                {t('page.stakeholdersTab', { count: copy.stakeholders!.length })}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="commitments">
              <CommitmentsTab all={copy.commitments!} />
            </Tabs.Panel>
            <Tabs.Panel value="stakeholders">
              <StakeholdersTab all={copy.stakeholders!} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
