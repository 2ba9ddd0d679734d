// The legal basis for keeping the imported people's seminar records (DOMAIN §3): a list says
// nothing of consent, so the officer states it for the whole list, or records none. No default:
// a consent nobody gave must not be written by a click on "Import".
import { Radio, Stack } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_BASES, type ImportBasis } from '../importRepository';

interface Props {
  value: ImportBasis | null;
  onChange: (basis: ImportBasis) => void;
  error: boolean;
  firstRef: Ref<HTMLInputElement>;
}

export function ImportBasisChoice({ value, onChange, error, firstRef }: Props) {
  const { t } = useTranslation('seminars');
  return (
    <Radio.Group
      label={t('import.basis.label')}
      description={t('import.basis.hint')}
      value={value}
      onChange={onChange}
      error={error ? t('import.basis.required') : undefined}
      withAsterisk
      data-testid="import-basis"
    >
      <Stack gap={6} mt="xs">
        {IMPORT_BASES.map((basis, i) => (
          <Radio
            key={basis}
            value={basis}
            label={t(`import.basis.${basis}`)}
            ref={i === 0 ? firstRef : undefined}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
