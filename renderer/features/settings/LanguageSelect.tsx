// Picks the interface language; each language is named in itself so anyone can find theirs.
import { Select } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../domain/records';

interface Props {
  value: Language;
  onChange: (language: Language) => void;
  label?: string;
}

export function LanguageSelect({ value, onChange, label }: Props) {
  const { t } = useTranslation();
  return (
    <Select
      label={label ?? t('setup.language')}
      leftSection={<IconLanguage size={16} aria-hidden />}
      data={LANGUAGES.map((lng) => ({ value: lng, label: t(`languages.${lng}`) }))}
      value={value}
      allowDeselect={false}
      onChange={(next) => next && onChange(next)}
      maw={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
