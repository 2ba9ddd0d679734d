// The audit entries as a table, newest first: when, who, what was done, to what record (a link
// to its page where there is one), and which fields changed (their names, never their values).
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEntry } from '../../../../domain/records/internal';
import type { RecordLabel } from './recordLabels';
import { useDescribeEntry } from './useDescribeEntry';

interface Props {
  entries: readonly AuditEntry[];
  labels: ReadonlyMap<string, RecordLabel>;
  staff: ReadonlyMap<string, string>;
}

export function AuditEntryTable({ entries, labels, staff }: Props) {
  const { t } = useTranslation('audit');
  const describe = useDescribeEntry(labels, staff);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing={4} aria-label={t('viewer.caption')} data-testid="audit-entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="16%">{t('viewer.columns.when')}</Table.Th>
            <Table.Th w="14%">{t('viewer.columns.who')}</Table.Th>
            <Table.Th w="14%">{t('viewer.columns.action')}</Table.Th>
            <Table.Th w="28%">{t('viewer.columns.record')}</Table.Th>
            <Table.Th>{t('viewer.columns.fields')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const text = describe(entry);
            return (
              <Table.Tr key={entry.id} data-testid="audit-entry" data-action={entry.action}>
                <Table.Td>
                  <time dateTime={entry.at}>{text.when}</time>
                </Table.Td>
                <Table.Td>{text.who}</Table.Td>
                <Table.Td>{text.action}</Table.Td>
                <Table.Td>
                  {text.href ? (
                    <Anchor component={Link} to={text.href} size="sm">
                      {text.record}
                    </Anchor>
                  ) : (
                    <Text size="sm">{text.record}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {text.fields}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
