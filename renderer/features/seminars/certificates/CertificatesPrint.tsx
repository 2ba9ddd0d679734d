// /print/seminar/:id/certificates (?attendance=<id> for one) — one designed certificate per
// attendee, a page each, in the session's language whatever the interface language is. The
// desktop app saves it as a PDF through the platform contract; a browser opens its print dialog.
import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { certificatesFrom } from '../../../../domain/seminars/certificateDay';
import { formatDate } from '../../../ui/format';
import { PrintView } from '../../../ui/print';
import { useErrorText } from '../../../ui/useErrorText';
import { useRecordPrint } from '../../audit';
import { useSeminar } from '../useSeminars';
import { CertificateSheet } from './CertificateSheet';
import { useCertificates } from './useCertificates';
import './certificate.css';

export function CertificatesPrint() {
  const { t, i18n } = useTranslation('seminars');
  const describeError = useErrorText();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const seminar = useSeminar(id);
  const certificates = useCertificates(id, params.get('attendance') ?? undefined);
  const recordPrint = useRecordPrint();

  if (seminar === null) {
    return (
      <Center h="100vh" component="main" id="main">
        <Alert color="red" role="alert">
          {t('page.notFound')}
        </Alert>
      </Center>
    );
  }
  if (!seminar || certificates.status === 'loading') {
    return (
      <Center h="100vh">
        <Loader role="status" aria-label={t('list.loading')} />
      </Center>
    );
  }
  const fileName = `${t('certificate.fileName')}-${seminar.title}`.replace(/[^\p{L}\p{N}]+/gu, '-');
  return (
    <PrintView
      fileName={fileName}
      onBack={() => void navigate(`/seminars/${seminar.id}`)}
      onPrint={() =>
        recordPrint(
          'certificates',
          'seminars',
          seminar.id,
          certificates.status === 'ready' ? certificates.attendees.map((a) => a.attendance.id) : [],
        )
      }
    >
      {certificates.status === 'failed' && (
        <Alert color="red" role="alert" m="md">
          {t('certificate.failed', { reason: describeError(certificates.error) })}
        </Alert>
      )}
      {certificates.status === 'beforeSession' && (
        <Alert color="yellow" role="alert" m="md" data-testid="certificates-not-yet">
          {t('certificate.notYet', {
            date: formatDate(i18n.language, certificatesFrom(seminar.startsAt), 'long'),
          })}
        </Alert>
      )}
      {certificates.status === 'ready' && certificates.attendees.length === 0 && (
        <Alert color="yellow" m="md" data-testid="no-certificates">
          {t('page.certificatesNone')}
        </Alert>
      )}
      {certificates.status === 'ready' &&
        certificates.attendees.map((entry) => (
          <CertificateSheet key={entry.attendance.id} seminar={seminar} entry={entry} />
        ))}
    </PrintView>
  );
}
