// What a registration list must look like: its columns, which are required, the date format,
// and that Filipino and Spanish header names work too.
import { List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CSV_FIELDS } from '../../../../domain/seminars/csvColumns';

const REQUIRED = new Set(['givenName', 'familyName']);

export function CsvColumnsHelp() {
  const { t } = useTranslation('seminars');
  return (
    <Stack gap="xs" data-testid="csv-help">
      <Text size="sm">{t('import.intro')}</Text>
      <Table withTableBorder verticalSpacing={2} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.columnHeader')}</Table.Th>
            <Table.Th>{t('import.columnMeaning')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {CSV_FIELDS.map((field) => (
            <Table.Tr key={field}>
              <Table.Td dir="ltr">
                <code>{field}</code>
              </Table.Td>
              <Table.Td>
                {t(`import.columns.${field}`)}
                {REQUIRED.has(field) ? ` — ${t('import.required')}` : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <List size="sm" spacing={2}>
        <List.Item>{t('import.notes.otherNames')}</List.Item>
        <List.Item>{t('import.notes.unknownColumns')}</List.Item>
        <List.Item>{t('import.notes.duplicates')}</List.Item>
        <List.Item>{t('import.notes.allOrNothing')}</List.Item>
      </List>
    </Stack>
  );
}
