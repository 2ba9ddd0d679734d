// The services directory: search and filter the services clients can use, open one to edit it
// or print its handout. An empty directory says what it is for and offers the first service.
import { Button, Center, EmptyState, Loader, Stack, Text } from '@mantine/core';
import { IconBuildingCommunity, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { ServiceDirectory } from './ServiceDirectory';
import { useServices } from './useServices';

function AddServiceButton() {
  const { t } = useTranslation('services');
  return (
    <Button component={Link} to="/services/new" leftSection={<IconPlus size={16} aria-hidden />}>
      {t('list.add')}
    </Button>
  );
}

function NoServices() {
  const { t } = useTranslation('services');
  return (
    <EmptyState
      icon={<IconBuildingCommunity size={32} aria-hidden />}
      withIndicatorBackground
      title={t('list.emptyTitle')}
      description={t('list.emptyBody')}
      py="xl"
    >
      <EmptyState.Actions>
        <AddServiceButton />
      </EmptyState.Actions>
    </EmptyState>
  );
}

export function ServicesListPage() {
  const { t } = useTranslation('services');
  const services = useServices();
  return (
    <Stack gap="md">
      <PageHeader title={t('list.title')} aside={<AddServiceButton />} />
      <Text c="dimmed">{t('list.intro')}</Text>
      {services === undefined && (
        <Center py="xl">
          <Loader role="status" aria-label={t('list.loading')} />
        </Center>
      )}
      {services?.length === 0 && <NoServices />}
      {services && services.length > 0 && <ServiceDirectory services={services} />}
    </Stack>
  );
}
