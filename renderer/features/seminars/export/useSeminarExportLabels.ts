// Column names and values of the seminar export in the officer's language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AttendeeExportColumn,
  SeminarExportLabels,
  SessionExportColumn,
} from '../../../../domain/exports/seminarRows';
import { countryName } from '../../../ui/format';
import { usePresetLabel } from '../../settings';
import { useStakeholderOptions } from '../../stakeholders';

export function useSeminarExportLabels(): Omit<SeminarExportLabels, 'person'> {
  const { t, i18n } = useTranslation('seminars');
  const label = usePresetLabel();
  const partners = useStakeholderOptions();
  const lng = i18n.language;
  return useMemo(() => {
    const partnerNames = new Map(partners.map((p) => [p.id, p.name]));
    const session: Record<SessionExportColumn, string> = {
      title: t('fields.title'),
      type: t('fields.type'),
      date: t('fields.date'),
      starts: t('fields.startTime'),
      ends: t('fields.endTime'),
      venue: t('fields.venue'),
      online: t('fields.onlineUrl'),
      facilitators: t('fields.facilitators'),
      partner: t('fields.partner'),
      language: t('fields.language'),
      capacity: t('fields.capacity'),
      registered: t('export.columns.registered'),
      waitlisted: t('export.columns.waitlisted'),
      cancelled: t('export.columns.cancelled'),
      present: t('export.columns.present'),
      placesLeft: t('export.columns.placesLeft'),
      certificates: t('export.columns.certificates'),
    };
    const attendee: Record<AttendeeExportColumn, string> = {
      seminar: t('export.columns.seminar'),
      date: t('fields.date'),
      person: t('roster.name'),
      registrationCode: t('export.columns.registrationCode'),
      status: t('roster.status'),
      registeredOn: t('export.columns.registeredOn'),
      walkIn: t('export.columns.walkIn'),
      checkedIn: t('export.columns.checkedIn'),
      attended: t('export.columns.attended'),
      destination: t('fields.destination'),
      occupation: t('export.columns.occupation'),
      certificateNumber: t('export.columns.certificateNumber'),
      certificateIssued: t('export.columns.certificateIssued'),
    };
    return {
      sessionHeader: (column) => session[column],
      attendeeHeader: (column) => attendee[column],
      type: (id) => label('seminarTypes', id),
      partner: (id) => partnerNames.get(id) ?? '',
      language: (code) => t(`languages.${code as 'en'}`, { ns: 'common' }),
      status: (status) => t(`export.status.${status}`),
      yes: t('export.yes'),
      no: t('export.no'),
      country: (code) => countryName(lng, code),
    };
  }, [t, label, partners, lng]);
}
