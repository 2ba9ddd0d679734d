// The name of the data-protection law the desk works under, in the interface language, for the
// consent texts and the confidentiality line of printed pages.
import { useTranslation } from 'react-i18next';
import { privacyLawOf } from '../../../domain/privacy/privacyLaw';
import { useDesk } from './DeskContext';

export function usePrivacyLaw(): string {
  const { t } = useTranslation('common');
  const { profile } = useDesk();
  return t(`privacyLaw.${privacyLawOf(profile.country)}`);
}
