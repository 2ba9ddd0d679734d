// How many sample cases to load, and the button that starts it; Enter in the field loads too.
import { Button, Group, NumberInput } from '@mantine/core';
import { IconDatabasePlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format';
import { MAX_SAMPLE_CASES } from './loadSampleData';

const DEFAULT_CASES = 500;

interface Props {
  disabled: boolean;
  onLoad: (cases: number) => void;
}

export function SampleDataLoadForm({ disabled, onLoad }: Props) {
  const { t, i18n } = useTranslation('sampleData');
  const [cases, setCases] = useState<number | string>(DEFAULT_CASES);
  const valid = typeof cases === 'number' && Number.isInteger(cases) && cases >= 1;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid && !disabled) onLoad(Math.min(cases, MAX_SAMPLE_CASES));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NumberInput
          name="sampleCases"
          label={t('panel.casesLabel')}
          description={t('panel.casesHint')}
          error={
            valid
              ? undefined
              : t('panel.casesRange', { max: formatNumber(i18n.language, MAX_SAMPLE_CASES) })
          }
          value={cases}
          onChange={setCases}
          min={1}
          max={MAX_SAMPLE_CASES}
          step={100}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          thousandSeparator=","
          disabled={disabled}
          maw={420}
          data-testid="sample-cases"
        />
        <Button
          type="submit"
          leftSection={<IconDatabasePlus size={16} aria-hidden />}
          disabled={disabled || !valid}
          data-testid="sample-load"
        >
          {t('panel.load')}
        </Button>
      </Group>
    </form>
  );
}
