// Every column of the file, an example value, and what it is read as: the officer can read an
// unrecognised column as one of the registration's fields, correct a recognised one, or leave a
// column out. Native selects: the keyboard picks with the arrows and Enter never submits.
import { NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ColumnChoice } from '../../../../domain/seminars/csvColumns';
import { CSV_FIELDS, type ColumnInfo } from '../../../../domain/seminars/registrationCsv';

const UNDECIDED = '';

interface Props {
  columns: readonly ColumnInfo[];
  /** null: back to what the header says. */
  onChoose: (column: number, choice: ColumnChoice | null) => void;
}

function valueOf(column: ColumnInfo) {
  if (column.source === 'ignored') return 'ignore';
  return column.field ?? UNDECIDED;
}

export function ColumnMapping({ columns, onChoose }: Props) {
  const { t } = useTranslation('seminars');
  const header = (column: ColumnInfo) => column.header || t('import.mapping.noHeader');
  const options = [
    ...CSV_FIELDS.map((field) => ({ value: field, label: t(`import.columnNames.${field}`) })),
    { value: 'ignore', label: t('import.mapping.ignore') },
  ];
  return (
    <Table.ScrollContainer minWidth={500} mah={300}>
      <Table verticalSpacing={2} fz="sm" captionSide="top" data-testid="column-mapping">
        <Table.Caption ta="start">{t('import.mapping.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.mapping.column')}</Table.Th>
            <Table.Th>{t('import.mapping.sample')}</Table.Th>
            <Table.Th>{t('import.mapping.readAs')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map((column) => {
            const undecided = !column.field && column.source !== 'ignored';
            return (
              <Table.Tr
                key={column.index}
                bg={column.source === 'unknown' ? 'yellow.0' : undefined}
              >
                <Table.Td fw={600}>
                  <bdi>{header(column)}</bdi>
                </Table.Td>
                <Table.Td>
                  {/* Isolated as written in the file: "612 345 678" keeps its order in Arabic. */}
                  <Text size="sm" c="dimmed" lineClamp={1} maw={220}>
                    <bdi>{column.sample}</bdi>
                  </Text>
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    aria-label={t('import.mapping.selectLabel', { column: header(column) })}
                    value={valueOf(column)}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      onChoose(column.index, value === UNDECIDED ? null : (value as ColumnChoice));
                    }}
                    data={
                      undecided
                        ? [{ value: UNDECIDED, label: t('import.mapping.choose') }, ...options]
                        : options
                    }
                    error={column.source === 'repeated' ? t('import.mapping.repeated') : undefined}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
