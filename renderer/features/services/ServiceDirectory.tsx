// The searchable directory over the services the desk has: filters, count, export of the
// services shown, table.
import { Button, EmptyState, Group, Text } from '@mantine/core';
import { IconSearchOff } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportMenu } from '../../ui/export/ExportMenu';
import { filterServices, NO_FILTERS, type ServiceFilters } from './filterServices';
import { ServiceFilterBar } from './ServiceFilterBar';
import { ServicesTable } from './ServicesTable';
import type { Service } from './serviceTypes';
import { useAgencyNaming, type NamedAgency } from './useAgencyNaming';
import { useServiceExport } from './useServiceExport';

function agencyChoices(
  services: readonly Service[],
  agencyOf: (service: Service) => NamedAgency | null,
) {
  const byKey = new Map<string, string>();
  for (const service of services) {
    const agency = agencyOf(service);
    if (agency) byKey.set(agency.key, agency.name);
  }
  return [...byKey]
    .map(([key, name]) => ({ key, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function ServiceDirectory({ services }: { services: readonly Service[] }) {
  const { t } = useTranslation('services');
  const { agencyOf } = useAgencyNaming();
  const [filters, setFilters] = useState<ServiceFilters>(NO_FILTERS);
  const agencies = useMemo(() => agencyChoices(services, agencyOf), [services, agencyOf]);
  const exporter = useServiceExport(agencyOf);
  const shown = useMemo(
    () =>
      filterServices(
        services,
        filters,
        (s) => agencyOf(s)?.key,
        (s) => agencyOf(s)?.name ?? '',
      ),
    [services, filters, agencyOf],
  );
  return (
    <>
      <ServiceFilterBar filters={filters} onChange={setFilters} agencies={agencies} />
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" role="status" aria-live="polite">
          {t('list.count', { count: shown.length, total: services.length })}
        </Text>
        <ExportMenu
          state={exporter.state}
          onCancel={exporter.cancel}
          disabled={shown.length === 0}
          onExport={(format) => void exporter.exportServices(shown, filters, format)}
        />
      </Group>
      {shown.length > 0 ? (
        <ServicesTable services={shown} agencyOf={agencyOf} />
      ) : (
        <EmptyState
          icon={<IconSearchOff size={28} aria-hidden />}
          title={t('list.noMatchTitle')}
          description={t('list.noMatchBody')}
          py="lg"
        >
          <EmptyState.Actions>
            <Button variant="default" onClick={() => setFilters(NO_FILTERS)}>
              {t('list.clearFilters')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      )}
    </>
  );
}
