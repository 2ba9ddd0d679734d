// The directory: a compact table of the stakeholders that pass the filters, exportable as CSV
// or Excel (the stakeholders, or the links around them: one export menu, one file each).
import { Anchor, Button, Group, Menu, Table, Text } from '@mantine/core';
import {
  IconAffiliate,
  IconChevronDown,
  IconFileSpreadsheet,
  IconFileTypeCsv,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StakeholderFilters } from '../../../../domain/stakeholders/filters';
import { Link } from 'react-router';
import { countryName, formatList } from '../../../ui/format';
import { ExportStatus } from '../ExportStatus';
import type { StoredStakeholder } from '../stakeholderRepository';
import { TypeBadge } from '../TypeBadge';
import { useDirectoryExport } from './useDirectoryExport';

interface DirectoryProps {
  stakeholders: StoredStakeholder[];
  /** The filters that chose them, for the export's audit entry. */
  filters: StakeholderFilters;
}

export function StakeholderDirectory({ stakeholders, filters }: DirectoryProps) {
  const { t, i18n } = useTranslation('stakeholders');
  const { exportStakeholders, exportLinks, status } = useDirectoryExport();
  const none = t('directory.none');

  return (
    <>
      <Group justify="flex-end" gap="sm" mb="xs">
        <ExportStatus status={status} />
        <Menu position="bottom-end" shadow="md">
          <Menu.Target>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              rightSection={<IconChevronDown size={14} aria-hidden />}
            >
              {t('directory.export')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconFileTypeCsv size={16} aria-hidden />}
              onClick={() => void exportStakeholders(stakeholders, filters, 'csv')}
            >
              {t('directory.stakeholdersCsv')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              onClick={() => void exportStakeholders(stakeholders, filters, 'xlsx')}
            >
              {t('directory.stakeholdersXlsx')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconAffiliate size={16} aria-hidden />}
              onClick={() => void exportLinks(stakeholders, filters, 'csv')}
            >
              {t('directory.linksCsv')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconAffiliate size={16} aria-hidden />}
              onClick={() => void exportLinks(stakeholders, filters, 'xlsx')}
            >
              {t('directory.linksXlsx')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover verticalSpacing={6} data-testid="stakeholder-directory">
          <Table.Caption>{t('directory.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('directory.name')}</Table.Th>
              <Table.Th>{t('directory.type')}</Table.Th>
              <Table.Th>{t('directory.country')}</Table.Th>
              <Table.Th>{t('directory.city')}</Table.Th>
              <Table.Th>{t('directory.sectors')}</Table.Th>
              <Table.Th>{t('directory.engagement')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stakeholders.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/stakeholders/${s.id}`} fw={600}>
                    {s.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <TypeBadge type={s.type} />
                </Table.Td>
                <Table.Td>{s.country ? countryName(i18n.language, s.country) : none}</Table.Td>
                <Table.Td>{s.city || none}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {formatList(
                      i18n.language,
                      s.sectors.map((sector) => t(`sectors.${sector}`)),
                    ) || none}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`engagement.${s.engagement}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
