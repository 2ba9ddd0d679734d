// Step 3: the words the logbook writes in its problem-type, status, relationship and country
// columns ("Repat", "CLOSED", "Nanay", "KSA") and the preset's value each becomes. Guesses come
// from the preset's labels in every language; a value with no guess waits for the officer, who
// maps it or decides that its rows are not imported. Then the order of the dates, when the file
// does not prove it.
import { Alert, Badge, Group, NativeSelect, Radio, Stack, Table, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VALUE_KINDS, type ValueKind } from '../../../../domain/cases/logbook/logbookValues';
import { COUNTRY_CODES } from '../../../../domain/countries';
import { countryName, formatNumber } from '../../../ui/format';
import { usePreset, usePresetLabel } from '../../settings';
import { StepButtons } from './StepButtons';
import type { LogbookImport, ValueRow } from './useLogbookImport';

const UNDECIDED = '';
const NOT_MAPPED = '-';

/** The field each kind of value is read from, for its label. */
const FIELD: Record<ValueKind, 'category' | 'status' | 'relationship' | 'country'> = {
  category: 'category',
  status: 'status',
  relationship: 'relationship',
  country: 'country',
};

function useValueOptions(flow: LogbookImport) {
  const { i18n } = useTranslation();
  const label = usePresetLabel();
  const { topDestinations } = usePreset();
  return useMemo(() => {
    const name = (code: string) => countryName(i18n.language, code);
    const rest = COUNTRY_CODES.filter((c) => !topDestinations.includes(c)).sort((a, b) =>
      name(a).localeCompare(name(b), i18n.language),
    );
    return {
      category: flow.options.category.map((o) => ({
        value: o.id,
        label: label('categories', o.id),
      })),
      status: flow.options.status.map((o) => ({ value: o.id, label: label('statuses', o.id) })),
      relationship: flow.options.relationship.map((o) => ({
        value: o.id,
        label: label('clientRoles', o.id),
      })),
      country: [...topDestinations, ...rest].map((code) => ({ value: code, label: name(code) })),
    };
  }, [flow.options, label, topDestinations, i18n.language]);
}

interface TableProps {
  kind: ValueKind;
  rows: ValueRow[];
  options: { value: string; label: string }[];
  onChoose: (key: string, id: string | null) => void;
}

function ValueTable({ kind, rows, options, onChoose }: TableProps) {
  const { t, i18n } = useTranslation('logbook');
  const field = t(`fields.${FIELD[kind]}`);
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing={4} fz="sm" captionSide="top" data-testid={`logbook-values-${kind}`}>
        <Table.Caption ta="start" fw={600} c="var(--mantine-color-text)">
          {t('values.caption', { field })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('values.value')}</Table.Th>
            <Table.Th>{t('values.count')}</Table.Th>
            <Table.Th>{t('values.mapTo')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} bg={row.undecided ? 'yellow.0' : undefined}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={600}>
                    <bdi>{row.value}</bdi>
                  </Text>
                  {row.undecided ? (
                    <Badge size="xs" color="orange" variant="light">
                      {t('values.toDecide')}
                    </Badge>
                  ) : row.guess !== null && row.mapped === row.guess ? (
                    <Badge size="xs" color="gray" variant="light">
                      {t('values.guessed')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td className="ltr-inline">{formatNumber(i18n.language, row.count)}</Table.Td>
              <Table.Td>
                <NativeSelect
                  size="xs"
                  data-undecided={row.undecided || undefined}
                  aria-label={t('values.selectLabel', { value: row.value, field })}
                  value={row.undecided ? UNDECIDED : (row.mapped ?? NOT_MAPPED)}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    if (value !== UNDECIDED) onChoose(row.key, value === NOT_MAPPED ? null : value);
                  }}
                  data={[
                    ...(row.undecided ? [{ value: UNDECIDED, label: t('values.choose') }] : []),
                    ...options,
                    { value: NOT_MAPPED, label: t('values.notMapped') },
                  ]}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function DateOrderChoice({ flow, error }: { flow: LogbookImport; error: boolean }) {
  const { t, i18n } = useTranslation('logbook');
  const { verdict } = flow;
  if (!flow.needsOrder) {
    if (!verdict.proven) return null;
    return (
      <Text size="sm" data-testid="logbook-date-order">
        {t('dates.proven', { order: t(`dates.orders.${verdict.proven}`) })}
      </Text>
    );
  }
  return (
    <Radio.Group
      label={t('dates.title')}
      description={
        verdict.mixed
          ? t('dates.mixed')
          : t('dates.ambiguous', { number: formatNumber(i18n.language, verdict.ambiguous) })
      }
      value={flow.orderChoice}
      onChange={(value) => flow.setOrderChoice(value)}
      error={error && !flow.orderChoice ? t('dates.choose') : undefined}
      data-testid="logbook-date-order"
    >
      <Stack gap={6} mt="xs">
        <Radio value="dmy" label={t('dates.dmy')} />
        <Radio value="mdy" label={t('dates.mdy')} />
      </Stack>
    </Radio.Group>
  );
}

export function LogbookValuesStep({
  flow,
  onBack,
  onNext,
}: {
  flow: LogbookImport;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t, i18n } = useTranslation('logbook');
  const options = useValueOptions(flow);
  const [tried, setTried] = useState(false);
  const stack = useRef<HTMLDivElement>(null);
  const kinds = VALUE_KINDS.filter((kind) => flow.valueRows[kind].length > 0);
  const orderMissing = flow.needsOrder && !flow.orderChoice;
  const next = () => {
    if (flow.undecided === 0 && !orderMissing) return onNext();
    setTried(true);
    const first = flow.undecided
      ? stack.current?.querySelector<HTMLElement>('select[data-undecided]')
      : stack.current?.querySelector<HTMLElement>('input[type="radio"]');
    first?.focus();
  };
  return (
    <Stack gap="md" ref={stack}>
      <Text size="sm">{t('values.intro')}</Text>
      <Group gap="xs" role="status" aria-live="polite">
        {flow.undecided > 0 ? (
          <Badge color="orange" variant="light" data-testid="logbook-undecided">
            {t('values.undecided', { number: formatNumber(i18n.language, flow.undecided) })}
          </Badge>
        ) : (
          kinds.length > 0 && (
            <Text size="sm" c="teal.9">
              {t('values.allDecided')}
            </Text>
          )
        )}
      </Group>
      {kinds.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('values.nothing')}
        </Text>
      )}
      {kinds.map((kind) => (
        <ValueTable
          key={kind}
          kind={kind}
          rows={flow.valueRows[kind]}
          options={options[kind]}
          onChoose={(key, id) => flow.chooseValue(kind, key, id)}
        />
      ))}
      <DateOrderChoice flow={flow} error={tried} />
      {tried && flow.undecided > 0 && (
        <Alert color="orange" role="alert" data-testid="logbook-decide-first">
          {t('values.decideFirst')}
        </Alert>
      )}
      <StepButtons onBack={onBack} onNext={next} />
    </Stack>
  );
}
