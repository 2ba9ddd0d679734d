// The directory table: the name is a link (keyboard), and a click anywhere on the row opens it.
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { HandoutLanguageBadges } from './HandoutLanguageBadges';
import { ServiceStatusBadge } from './ServiceStatusBadge';
import type { Service } from './serviceTypes';
import { WRAPPING_BADGE } from './wrappingBadge';
import type { NamedAgency } from './useAgencyNaming';
import { usePresetLabels } from './usePresetLabels';

const SHOWN_CATEGORIES = 3;

interface Props {
  services: readonly Service[];
  agencyOf: (service: Service) => NamedAgency | null;
}

function CategoryBadges({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation('services');
  const { category } = usePresetLabels();
  const rest = ids.length - SHOWN_CATEGORIES;
  return (
    <Group gap={4}>
      {ids.slice(0, SHOWN_CATEGORIES).map((id) => (
        <Badge key={id} variant="light" tt="none" fw={500} styles={WRAPPING_BADGE}>
          {category(id)}
        </Badge>
      ))}
      {rest > 0 && (
        <Text size="xs" c="dimmed">
          {t('list.moreCategories', { count: rest })}
        </Text>
      )}
    </Group>
  );
}

export function ServicesTable({ services, agencyOf }: Props) {
  const { t } = useTranslation('services');
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table stickyHeader highlightOnHover verticalSpacing="sm" aria-label={t('list.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.columnName')}</Table.Th>
            <Table.Th>{t('list.columnAgency')}</Table.Th>
            <Table.Th>{t('list.columnCategories')}</Table.Th>
            <Table.Th miw={120}>{t('list.columnHandout')}</Table.Th>
            <Table.Th miw={150}>{t('list.columnStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((service) => (
            <Table.Tr
              key={service.id}
              onClick={() => void navigate(`/services/${service.id}`)}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td>
                <Anchor component={Link} to={`/services/${service.id}`} fw={600}>
                  {service.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{agencyOf(service)?.name ?? t('list.noAgency')}</Table.Td>
              <Table.Td>
                <CategoryBadges ids={service.categories} />
              </Table.Td>
              <Table.Td>
                <HandoutLanguageBadges content={service.content} />
              </Table.Td>
              <Table.Td>
                <ServiceStatusBadge service={service} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
