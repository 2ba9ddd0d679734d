// "Terrassa, Spain": where an entry is, in the reader's language, or that it does not say.
import { useTranslation } from 'react-i18next';
import { countryName } from '../../ui/format';

export function usePlaceText() {
  const { t, i18n } = useTranslation('catalogue');
  return (city: string | null, country: string | null) => {
    const land = country ? countryName(i18n.language, country) : null;
    if (city && land) return t('commitments.cityCountry', { city, country: land });
    return city ?? land ?? t('commitments.noPlace');
  };
}
