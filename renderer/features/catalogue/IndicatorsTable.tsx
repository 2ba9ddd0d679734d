// A municipality's published indicators, a row per quarter and desk. Counts under 5 arrive as
// "<5" from the catalogue and are shown so.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublishedIndicators } from './catalogueViews';
import { categoryKey, countText } from './catalogueText';

export function IndicatorsTable({
  rows,
  titleId,
}: {
  rows: PublishedIndicators[];
  titleId: string;
}) {
  const { t, i18n } = useTranslation('catalogue');
  const lng = i18n.language;
  // "<5" must read "<5" in Arabic too: the count is kept left to right.
  const count = (value: PublishedIndicators['seminarsHeld']) => (
    <bdi dir="ltr">{countText(lng, value, t('indicators.underFive'))}</bdi>
  );
  const category = (id: string) => {
    const key = categoryKey(id);
    return key ? t(key as never, { defaultValue: id }) : id;
  };
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={4} fz="sm" aria-labelledby={titleId} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indicators.quarter')}</Table.Th>
            <Table.Th>{t('indicators.desk')}</Table.Th>
            <Table.Th>{t('indicators.inquiries')}</Table.Th>
            <Table.Th>{t('indicators.seminarsHeld')}</Table.Th>
            <Table.Th>{t('indicators.seminarAttendees')}</Table.Th>
            <Table.Th>{t('indicators.stakeholdersMapped')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.quarter}/${row.deskName}`}>
              <Table.Td className="ltr-inline">{row.quarter}</Table.Td>
              <Table.Td>{row.deskName}</Table.Td>
              <Table.Td>
                {Object.entries(row.inquiriesByCategory).length === 0 ? (
                  <Text span size="sm" c="dimmed">
                    {t('indicators.none')}
                  </Text>
                ) : (
                  Object.entries(row.inquiriesByCategory).map(([id, value]) => (
                    <div key={id}>
                      {`${category(id)}: `}
                      {count(value)}
                    </div>
                  ))
                )}
              </Table.Td>
              <Table.Td>{count(row.seminarsHeld)}</Table.Td>
              <Table.Td>{count(row.seminarAttendees)}</Table.Td>
              <Table.Td>{count(row.stakeholdersMapped)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
