// One certificate of attendance: the desk and municipality, the title, the person's name large,
// the session (type, title, date, place), the certificate number, and signature lines. Every
// word is in the session's language (Arabic right-to-left included), from fixed translators.
// Where the language marks sex, a woman's certificate says so ("قد حضرت", "la señora"): the
// person's recorded sex is the i18next context; unknown or other keeps the plain wording.
import { useTranslation } from 'react-i18next';
import { PrintSheet } from '../../../ui/print';
import { formatDate } from '../../../ui/format';
import { useDesk } from '../../settings';
import { sessionDay } from '../sessionTime';
import type { Seminar } from '../seminarTypes';
import type { RosterEntry } from '../useRoster';

export function CertificateSheet({ seminar, entry }: { seminar: Seminar; entry: RosterEntry }) {
  const { i18n } = useTranslation();
  const { profile } = useDesk();
  const lng = seminar.language;
  const t = i18n.getFixedT(lng, 'seminars');
  const preset = i18n.getFixedT(lng, 'presets') as (key: string) => string;
  const { attendance, name, person } = entry;
  const context = person.sex === 'female' || person.sex === 'male' ? person.sex : undefined;
  const place = seminar.venue ?? t('certificate.online');
  const facilitator = seminar.facilitators[0] ?? '';
  return (
    <PrintSheet language={lng} testId="certificate">
      <div className="certificate">
        <div className="certificate-frame">
          <p className="certificate-desk">{profile.deskName}</p>
          <p className="certificate-municipality">{profile.municipality}</p>
          <div className="certificate-rule" aria-hidden />
          <div className="certificate-body">
            <h1 className="certificate-title">{t('certificate.title')}</h1>
            <p className="certificate-lead">{t('certificate.certifies', { context })}</p>
            <p className="certificate-name" data-testid="certificate-name">
              {name}
            </p>
            <p className="certificate-lead">{t('certificate.attended', { context })}</p>
            <p className="certificate-type">
              {preset(`${profile.presetId}.seminarTypes.${seminar.type}`)}
            </p>
            <p className="certificate-session">
              {t('certificate.sessionTitle', { title: seminar.title })}
            </p>
            <p className="certificate-when">
              {t('certificate.heldOn', { date: sessionDay(lng, seminar), place })}
            </p>
          </div>
          <div className="certificate-signatures">
            <div className="certificate-signature">
              <div className="certificate-signature-name">{facilitator}</div>
              <div className="certificate-signature-role">{t('certificate.facilitator')}</div>
            </div>
            <div className="certificate-signature">
              <div className="certificate-signature-name">{profile.staffName}</div>
              <div className="certificate-signature-role">
                {t('certificate.forDesk', { desk: profile.deskName })}
              </div>
            </div>
          </div>
          <div className="certificate-footer">
            <span>
              {t('certificate.number')}{' '}
              <span className="ltr-inline certificate-number">{attendance.certificateNumber}</span>
            </span>
            <span>
              {t('certificate.issued', {
                date: formatDate(lng, attendance.certificateIssuedAt ?? new Date(), 'long'),
              })}
            </span>
          </div>
        </div>
      </div>
    </PrintSheet>
  );
}
