// The intended destination: a country, the desk's top destinations first, searchable by name
// in the interface language.
import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../../../domain/countries';
import { countryName } from '../../ui/format';
import { usePreset } from '../settings';
import { SearchableSelect } from '../../ui/SearchableSelect';

interface Props {
  value: string | null;
  onChange: (code: string | null) => void;
  label?: string | undefined;
  size?: 'sm' | 'md' | 'lg' | 'xl';
  autoFocus?: boolean;
  ref?: Ref<HTMLInputElement>;
}

export function DestinationSelect({ value, onChange, label, size, autoFocus, ref }: Props) {
  const { t, i18n } = useTranslation('seminars');
  const { topDestinations } = usePreset();
  const data = useMemo(() => {
    const name = (code: string) => countryName(i18n.language, code);
    const rest = COUNTRY_CODES.filter((c) => !topDestinations.includes(c)).sort((a, b) =>
      name(a).localeCompare(name(b), i18n.language),
    );
    return [...topDestinations, ...rest].map((code) => ({ value: code, label: name(code) }));
  }, [i18n.language, topDestinations]);
  return (
    <SearchableSelect
      ref={ref}
      label={label ?? t('fields.destination')}
      data={data}
      value={value}
      onChange={onChange}
      clearable
      size={size}
      autoFocus={autoFocus}
      comboboxProps={{ withinPortal: false }}
      data-testid="destination-select"
    />
  );
}
