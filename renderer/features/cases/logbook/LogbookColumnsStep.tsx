// Step 2: every column of the logbook, an example value, and the Tulay field it is read as —
// guessed from its header in any of the five languages; the officer corrects a guess, gives an
// unrecognised column a field, or leaves a column out. Native selects: the arrows pick and
// Enter never submits anything.
import { Alert, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOGBOOK_FIELDS, type LogbookColumn } from '../../../../domain/cases/logbook/checkLogbook';
import type { LogbookChoice } from '../../../../domain/cases/logbook/logbookColumns';
import { StepButtons } from './StepButtons';
import type { LogbookImport } from './useLogbookImport';

const UNDECIDED = '';

const valueOf = (column: LogbookColumn) =>
  column.source === 'ignored' ? 'ignore' : (column.field ?? UNDECIDED);

export function LogbookColumnsStep({
  flow,
  onBack,
  onNext,
}: {
  flow: LogbookImport;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation('logbook');
  if (!flow.checked) return null;
  const { columns, missing } = flow.checked;
  const header = (column: LogbookColumn) => column.header.trim() || t('columns.noHeader');
  const options = [
    ...LOGBOOK_FIELDS.map((field) => ({ value: field, label: t(`fields.${field}`) })),
    { value: 'ignore', label: t('columns.ignore') },
  ];
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing={4} fz="sm" captionSide="top" data-testid="logbook-columns">
          <Table.Caption ta="start">{t('columns.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.column')}</Table.Th>
              <Table.Th>{t('columns.sample')}</Table.Th>
              <Table.Th>{t('columns.readAs')}</Table.Th>
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
                    <Text size="sm" c="dimmed" lineClamp={1} maw={260}>
                      <bdi>{column.sample}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      size="xs"
                      aria-label={t('columns.selectLabel', { column: header(column) })}
                      value={valueOf(column)}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        flow.chooseColumn(
                          column.index,
                          value === UNDECIDED ? null : (value as LogbookChoice),
                        );
                      }}
                      data={
                        undecided
                          ? [{ value: UNDECIDED, label: t('columns.choose') }, ...options]
                          : options
                      }
                      error={column.source === 'repeated' ? t('columns.repeated') : undefined}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {missing.length > 0 && (
        <Alert color="orange" role="status" data-testid="logbook-missing-columns">
          {t('columns.missing', {
            fields: missing.map((field) => t(`columns.missingFields.${field}`)).join(', '),
          })}
        </Alert>
      )}
      <StepButtons onBack={onBack} onNext={onNext} nextDisabled={missing.length > 0} />
    </Stack>
  );
}
