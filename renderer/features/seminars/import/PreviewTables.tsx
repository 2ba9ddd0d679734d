// The two tables of the import preview: rows with problems (skipped), and what each valid row
// will do (new or known person; a place, the waitlist, or already registered).
import { Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../domain/people/personTokens';
import type { CheckedRow } from '../../../../domain/seminars/registrationCsv';
import { countryName } from '../../../ui/format';
import type { ImportPlan, PlannedRow } from '../importRepository';

export function ProblemRowsTable({ rows }: { rows: CheckedRow[] }) {
  const { t } = useTranslation('seminars');
  return (
    <Table.ScrollContainer minWidth={500} mah={220}>
      <Table verticalSpacing={2} fz="sm" captionSide="top" data-testid="import-problems">
        <Table.Caption ta="start">{t('import.problemsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.line')}</Table.Th>
            <Table.Th>{t('roster.name')}</Table.Th>
            <Table.Th>{t('import.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Td className="ltr-inline">{row.line}</Table.Td>
              <Table.Td>{row.name}</Table.Td>
              <Table.Td c="red.9">
                {row.problems
                  .map((p) =>
                    t(p.message as 'import.errors.badDate', {
                      column: t(`import.columnNames.${p.column}`),
                      value: p.value ?? '',
                    }),
                  )
                  .join(' ')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Outcome({ row }: { row: PlannedRow }) {
  const { t } = useTranslation('seminars');
  const color = { registered: 'teal', waitlisted: 'orange', alreadyRegistered: 'gray' }[
    row.outcome
  ];
  return (
    <Group gap={4} wrap="nowrap">
      <Badge size="sm" variant="light" color={color}>
        {row.sameAsLine !== undefined
          ? t('import.sameAsLine', { line: row.sameAsLine })
          : t(`import.outcomes.${row.outcome}`)}
      </Badge>
      <Badge size="sm" variant="outline" color="gray">
        {row.known ? t('import.knownPerson') : t('import.newPerson')}
      </Badge>
    </Group>
  );
}

export function PlannedRowsTable({ plan }: { plan: ImportPlan }) {
  const { t, i18n } = useTranslation('seminars');
  return (
    <Table.ScrollContainer minWidth={500} mah={280}>
      <Table verticalSpacing={2} fz="sm" striped data-testid="import-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.line')}</Table.Th>
            <Table.Th>{t('roster.name')}</Table.Th>
            <Table.Th>{t('fields.destination')}</Table.Th>
            <Table.Th>{t('import.columnNames.occupation')}</Table.Th>
            <Table.Th>{t('import.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.rows.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Td className="ltr-inline">{row.line}</Table.Td>
              <Table.Td>{fullName(row.registrant)}</Table.Td>
              <Table.Td>
                {row.registrant.destination
                  ? countryName(i18n.language, row.registrant.destination)
                  : ''}
              </Table.Td>
              <Table.Td>{row.registrant.occupation ?? ''}</Table.Td>
              <Table.Td>
                <Outcome row={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
