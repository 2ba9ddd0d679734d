// A new service, written from scratch; once saved it opens as its own page.
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { BackLink } from './BackLink';
import { ServiceForm } from './ServiceForm';
import { EMPTY_SERVICE, type ServiceValues } from './serviceFormValues';
import { useServiceWrites } from './useServiceWrites';

export function NewServicePage() {
  const { t } = useTranslation('services');
  const writes = useServiceWrites();
  const navigate = useNavigate();
  const create = async (values: ServiceValues) => {
    const service = await writes.create(values);
    await navigate(`/services/${service.id}`, { replace: true, state: { created: true } });
  };
  return (
    <Stack gap="md" maw={1100}>
      <BackLink to="/services" label={t('page.backToList')} />
      <PageHeader title={t('page.newTitle')} />
      <ServiceForm defaultValues={EMPTY_SERVICE} submitLabel={t('page.create')} onSubmit={create} />
    </Stack>
  );
}
