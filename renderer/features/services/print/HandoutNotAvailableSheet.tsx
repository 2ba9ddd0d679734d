// What the print view shows for a language the handout is not written in: said plainly in
// that language, never the handout in another language in its place.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../domain/records';
import { formatList } from '../../../ui/format';
import { PrintSheet } from '../../../ui/print';
import { sheetHeader } from './sheetHeader';
import './handout.css';

interface Props {
  serviceName: string;
  language: Language;
  available: readonly Language[];
  desk: { deskName: string; municipality: string };
}

export function HandoutNotAvailableSheet({ serviceName, language, available, desk }: Props) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language, 'services');
  const nameOf = (lng: Language) => i18n.getFixedT(language, 'common')(`languages.${lng}`);
  return (
    <PrintSheet
      language={language}
      header={sheetHeader({ desk, language })}
      testId="handout-not-available"
    >
      <div className="handout">
        <h1>{t('sheet.notAvailableTitle')}</h1>
        <p className="handout-summary">
          {t('sheet.notAvailableBody', { service: serviceName, language: nameOf(language) })}
        </p>
        <p>
          {available.length > 0
            ? t('sheet.availableIn', { languages: formatList(language, available.map(nameOf)) })
            : t('sheet.noneAvailable')}
        </p>
      </div>
    </PrintSheet>
  );
}
