// The choices of the stakeholder form in the interface language, sorted for finding by name.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../../../../domain/countries';
import {
  ENGAGEMENT_LEVELS,
  SECTORS,
  STAKEHOLDER_LANGUAGES,
  STAKEHOLDER_TYPES,
} from '../../../../domain/stakeholders/taxonomy';
import { countryName } from '../../../ui/format';
import { languageName } from '../languageName';

export function useFormChoices(currentLanguages: readonly string[]) {
  const { t, i18n } = useTranslation('stakeholders');
  const lng = i18n.language;
  const countries = useMemo(
    () =>
      COUNTRY_CODES.map((code) => ({ value: code, label: countryName(lng, code) })).sort((a, b) =>
        a.label.localeCompare(b.label, lng),
      ),
    [lng],
  );
  // A language stored by another desk stays choosable even if it is not in our list.
  const languageCodes = [...new Set([...STAKEHOLDER_LANGUAGES, ...currentLanguages])];
  return {
    countries,
    languages: languageCodes.map((code) => ({ value: code, label: languageName(lng, code) })),
    types: STAKEHOLDER_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) })),
    sectors: SECTORS.map((sector) => ({ value: sector, label: t(`sectors.${sector}`) })),
    engagement: ENGAGEMENT_LEVELS.map((level) => ({
      value: level,
      label: t(`engagement.${level}`),
    })),
  };
}
