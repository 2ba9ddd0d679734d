// The retention periods: years after closing, for every category without one of its own and for
// each category of the desk's preset. An empty category field means "as the others".
import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_RETENTION_YEARS,
  MIN_RETENTION_YEARS,
  type RetentionPeriods,
} from '../../../domain/retention/periods';

const valid = (n: number | string) =>
  typeof n === 'number' &&
  Number.isInteger(n) &&
  n >= MIN_RETENTION_YEARS &&
  n <= MAX_RETENTION_YEARS;

export function RetentionPeriodsForm({
  categories,
  categoryLabel,
  periods,
  onSave,
  disabled,
}: {
  categories: readonly string[];
  categoryLabel: (id: string) => string;
  periods: RetentionPeriods;
  onSave: (periods: RetentionPeriods) => Promise<void>;
  disabled: boolean;
}) {
  const { t } = useTranslation('retention');
  const [defaultYears, setDefaultYears] = useState<number | string>(periods.defaultYears);
  const [byCategory, setByCategory] = useState<Record<string, number | string>>({
    ...periods.byCategory,
  });
  const [checked, setChecked] = useState(false);
  const invalid = t('periods.invalid');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const entries = Object.entries(byCategory).filter(([, n]) => n !== '');
    if (!valid(defaultYears) || entries.some(([, n]) => !valid(n))) return;
    await onSave({
      defaultYears: defaultYears as number,
      byCategory: Object.fromEntries(entries) as Record<string, number>,
    });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="retention-periods-title">
      <Stack gap="xs">
        <Text fw={600} id="retention-periods-title">
          {t('periods.title')}
        </Text>
        <Text c="dimmed" size="sm">
          {t('periods.description')}
        </Text>
        <NumberInput
          label={t('periods.default')}
          value={defaultYears}
          onChange={setDefaultYears}
          min={MIN_RETENTION_YEARS}
          max={MAX_RETENTION_YEARS}
          allowDecimal={false}
          allowNegative={false}
          maw={240}
          error={checked && !valid(defaultYears) ? invalid : undefined}
          data-testid="retention-default-years"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {categories.map((id) => {
            const value = byCategory[id] ?? '';
            return (
              <NumberInput
                key={id}
                label={t('periods.category', { category: categoryLabel(id) })}
                placeholder={String(valid(defaultYears) ? defaultYears : periods.defaultYears)}
                value={value}
                onChange={(n) => setByCategory((prev) => ({ ...prev, [id]: n }))}
                min={MIN_RETENTION_YEARS}
                max={MAX_RETENTION_YEARS}
                allowDecimal={false}
                allowNegative={false}
                error={checked && value !== '' && !valid(value) ? invalid : undefined}
              />
            );
          })}
        </SimpleGrid>
        <Group>
          <Button type="submit" variant="default" disabled={disabled}>
            {t('periods.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
