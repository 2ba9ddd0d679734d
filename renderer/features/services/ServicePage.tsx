// One service: print its handout in the client's language, or edit it.
import { Alert, Center, Group, Loader, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { SavedNotice } from '../../ui/SavedNotice';
import { useSavedAt } from '../../ui/useSavedAt';
import { BackLink } from './BackLink';
import { DeleteServiceButton } from './DeleteServiceButton';
import { HandoutPrintPanel } from './HandoutPrintPanel';
import { ServiceForm } from './ServiceForm';
import { serviceFormValues, type ServiceValues } from './serviceFormValues';
import { ServiceStatusBadge } from './ServiceStatusBadge';
import type { Service } from './serviceTypes';
import { useService } from './useServices';
import { useServiceWrites } from './useServiceWrites';

function ServiceEditor({ service }: { service: Service }) {
  const { t } = useTranslation('services');
  const writes = useServiceWrites();
  const navigate = useNavigate();
  const location = useLocation();
  const { savedAt, markSaved } = useSavedAt();
  const [dirty, setDirty] = useState(false);
  // The form starts from the service as it was opened; later saves do not reset the typing.
  const [defaults] = useState(() => serviceFormValues(service));
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  useEffect(() => {
    if (justCreated) markSaved();
  }, [justCreated, markSaved]);

  const save = async (values: ServiceValues) => {
    await writes.update(service.id, values);
    markSaved();
  };
  const remove = async () => {
    await writes.remove(service.id);
    await navigate('/services');
  };

  return (
    <Stack gap="md" maw={1100}>
      <BackLink to="/services" label={t('page.backToList')} />
      <PageHeader
        title={service.name}
        aside={
          <Group gap="sm">
            <SavedNotice at={savedAt} />
            <ServiceStatusBadge service={service} />
          </Group>
        }
      />
      {service.starterId && service.verificationStatus === 'toVerify' && (
        <Alert color="orange" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('page.starter')}
        </Alert>
      )}
      <HandoutPrintPanel service={service} dirty={dirty} />
      <ServiceForm
        defaultValues={defaults}
        submitLabel={t('page.save')}
        onSubmit={save}
        onDirtyChange={setDirty}
        extraActions={<DeleteServiceButton name={service.name} onDelete={remove} />}
      />
    </Stack>
  );
}

export function ServicePage() {
  const { t } = useTranslation('services');
  const { id } = useParams();
  const service = useService(id);
  if (service === undefined) {
    return (
      <Center py="xl">
        <Loader role="status" aria-label={t('list.loading')} />
      </Center>
    );
  }
  if (service === null) {
    return (
      <Stack gap="md">
        <BackLink to="/services" label={t('page.backToList')} />
        <Alert color="red" role="alert">
          {t('page.notFound')}
        </Alert>
      </Stack>
    );
  }
  return <ServiceEditor key={service.id} service={service} />;
}
