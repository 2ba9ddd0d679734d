// The directory: a compact table of the stakeholders that pass the filters, exportable as CSV.
import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatList } from '../../../ui/format';
import { ExportStatus } from '../ExportStatus';
import type { StoredStakeholder } from '../stakeholderRepository';
import { TypeBadge } from '../TypeBadge';
import { useDirectoryExport } from './useDirectoryExport';

export function StakeholderDirectory({ stakeholders }: { stakeholders: StoredStakeholder[] }) {
  const { t, i18n } = useTranslation('stakeholders');
  const { exportCsv, status } = useDirectoryExport();
  const none = t('directory.none');

  return (
    <>
      <Group justify="flex-end" gap="sm" mb="xs">
        <ExportStatus status={status} />
        <Button
          variant="default"
          size="xs"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          onClick={() => void exportCsv(stakeholders)}
        >
          {t('directory.exportCsv')}
        </Button>
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
