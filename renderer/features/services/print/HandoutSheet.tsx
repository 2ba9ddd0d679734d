// The printed handout of a service in one language: every label in that language, the desk's
// name and the date at the top, and the desk's honest word on how current it is at the bottom.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../domain/records';
import type { HandoutContent } from '../../../../domain/records/handout';
import { formatDate } from '../../../ui/format';
import { PrintSheet } from '../../../ui/print';
import type { Service } from '../serviceTypes';
import { HandoutSections } from './HandoutSections';
import { sheetHeader } from './sheetHeader';
import './handout.css';

interface Props {
  service: Service;
  content: HandoutContent;
  language: Language;
  desk: { deskName: string; municipality: string };
  agencyName?: string;
}

export function HandoutSheet({ service, content, language, desk, agencyName }: Props) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language, 'services');
  const verified = service.verificationStatus === 'verified' && service.lastVerifiedAt;
  const footer = verified
    ? t('sheet.footerVerified', {
        desk: desk.deskName,
        date: formatDate(language, service.lastVerifiedAt!, 'long'),
      })
    : t('sheet.footerToVerify', { desk: desk.deskName });

  return (
    <PrintSheet
      language={language}
      header={sheetHeader({ desk, language })}
      footer={footer}
      testId="handout-sheet"
    >
      <div className="handout">
        <h1>{content.title || service.name}</h1>
        {agencyName && (
          <p className="handout-agency">
            <strong>{t('sheet.agency')}</strong> <bdi>{agencyName}</bdi>
          </p>
        )}
        <HandoutSections content={content} language={language} />
        {service.contact && (
          <p className="handout-contact">
            <strong>{t('sheet.contact')}</strong>
            <bdi dir="ltr">{service.contact}</bdi>
          </p>
        )}
      </div>
    </PrintSheet>
  );
}
