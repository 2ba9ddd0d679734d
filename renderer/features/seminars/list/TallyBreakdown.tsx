// Attendees counted by seminar type, sex and destination, as three small labelled tables.
import { SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Tally } from '../../../../domain/seminars/seminarStats';
import { countryName, formatNumber } from '../../../ui/format';
import { usePresetLabel } from '../../settings';

function Counts({
  title,
  counts,
  name,
}: {
  title: string;
  counts: Record<string, number>;
  name: (key: string) => string;
}) {
  const { t, i18n } = useTranslation('seminars');
  const rows = Object.entries(counts).sort(([, a], [, b]) => b - a);
  return (
    <Table withRowBorders={false} verticalSpacing={2} captionSide="top">
      <Table.Caption ta="start" fw={600} c="var(--mantine-color-text)">
        {title}
      </Table.Caption>
      <Table.Tbody>
        {rows.length === 0 && (
          <Table.Tr>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {t('stats.none')}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
        {rows.map(([key, value]) => (
          <Table.Tr key={key}>
            <Table.Td>{name(key)}</Table.Td>
            <Table.Td ta="end" className="ltr-inline">
              {formatNumber(i18n.language, value)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function TallyBreakdown({ tally, withType = true }: { tally: Tally; withType?: boolean }) {
  const { t, i18n } = useTranslation('seminars');
  const label = usePresetLabel();
  const destination = (code: string) =>
    code ? countryName(i18n.language, code) : t('stats.noDestination');
  return (
    <SimpleGrid
      cols={{ base: 1, sm: withType ? 3 : 1 }}
      spacing="md"
      style={{ alignItems: 'start' }}
    >
      {withType && (
        <Counts
          title={t('stats.byType')}
          counts={tally.byType}
          name={(id) => label('seminarTypes', id)}
        />
      )}
      <Counts
        title={t('stats.bySex')}
        counts={tally.bySex}
        name={(sex) => t(`sex.${sex as 'female' | 'male' | 'other' | 'unknown'}`, { ns: 'people' })}
      />
      <Counts title={t('stats.byDestination')} counts={tally.byDestination} name={destination} />
    </SimpleGrid>
  );
}
