// A few named figures side by side (new and closed cases, the seminars, the follow-ups), as a
// table so that a screen reader reads each figure with its name.
import { Table, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format';
import { sameItems, useStable } from './useStable';

export interface Figure {
  label: string;
  value: number;
}

const sameFigure = (a: Figure, b: Figure) => a.label === b.label && a.value === b.value;

/** The figures, kept as the same array while their labels and values are the same. */
export function useStableFigures(figures: readonly Figure[]) {
  return useStable(figures, (a, b) => sameItems(a, b, sameFigure));
}

export const FigureList = memo(function FigureList({
  title,
  figures,
  testId,
}: {
  title: string;
  figures: readonly Figure[];
  testId: string;
}) {
  const { i18n } = useTranslation();
  return (
    <section aria-labelledby={`${testId}-title`} data-testid={testId}>
      <Title order={2} size="h4" id={`${testId}-title`} mb="xs">
        {title}
      </Title>
      <Table withTableBorder verticalSpacing={4}>
        <Table.Tbody>
          {figures.map((figure) => (
            <Table.Tr key={figure.label}>
              <Table.Th scope="row">{figure.label}</Table.Th>
              <Table.Td ta="end" fz="lg" fw={700} data-figure={figure.label}>
                {formatNumber(i18n.language, figure.value)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
});
