// The session's title row: what, when, where, and the actions of its day (check-in at the
// door, certificates, import a list, export it with its attendance, edit).
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCertificate, IconChevronLeft, IconEdit, IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SeatCounts } from '../../../../domain/seminars/capacity';
import { certificatesFrom, certificatesOpen } from '../../../../domain/seminars/certificateDay';
import { ExportMenu } from '../../../ui/export/ExportMenu';
import { formatDate } from '../../../ui/format';
import { usePresetLabel } from '../../settings';
import { useSeminarExport } from '../export/useSeminarExport';
import { ImportButton } from '../import/ImportButton';
import type { Seminar } from '../seminarTypes';
import { sessionWhen } from '../sessionTime';
import { SeatBadges } from './SeatBadges';
import { useMay } from '../../accounts';

/** Certificates are for those who came: before the session's day, or until someone is checked
 *  in, the button says why it cannot be used. */
function CertificatesButton({ seminar, present }: { seminar: Seminar; present: number }) {
  const { t, i18n } = useTranslation('seminars');
  const icon = <IconCertificate size={18} aria-hidden />;
  const why = !certificatesOpen(seminar.startsAt, new Date())
    ? t('page.certificatesFrom', {
        date: formatDate(i18n.language, certificatesFrom(seminar.startsAt), 'long'),
      })
    : present === 0
      ? t('page.certificatesNone')
      : null;
  if (why) {
    return (
      <Button variant="default" leftSection={icon} disabled title={why}>
        {t('page.certificates')}
      </Button>
    );
  }
  return (
    <Button
      component={Link}
      to={`/print/seminar/${seminar.id}/certificates`}
      variant="default"
      leftSection={icon}
    >
      {t('page.certificates')}
    </Button>
  );
}

export function SeminarHeader({ seminar, counts }: { seminar: Seminar; counts: SeatCounts }) {
  const { t, i18n } = useTranslation('seminars');
  const label = usePresetLabel();
  const exporter = useSeminarExport(seminar.id);
  const mayExport = useMay('exportData');
  return (
    <Stack gap="xs">
      <Button
        component={Link}
        to="/seminars"
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        leftSection={<IconChevronLeft size={16} className="mirror-rtl" aria-hidden />}
      >
        {t('page.back')}
      </Button>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={1} size="h2" data-testid="seminar-title">
              {seminar.title}
            </Title>
            <Badge variant="light">{label('seminarTypes', seminar.type)}</Badge>
          </Group>
          <Text data-testid="seminar-when">{sessionWhen(i18n.language, seminar)}</Text>
          <SeatBadges counts={counts} />
        </Stack>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/seminars/${seminar.id}/check-in`}
            leftSection={<IconUserCheck size={18} aria-hidden />}
          >
            {t('page.checkIn')}
          </Button>
          <CertificatesButton seminar={seminar} present={counts.present} />
          <ImportButton seminar={seminar} />
          {mayExport && (
            <ExportMenu
              state={exporter.state}
              onCancel={exporter.cancel}
              onExport={(format) => void exporter.exportSeminars(format)}
            />
          )}
          <Button
            component={Link}
            to={`/seminars/${seminar.id}/edit`}
            variant="default"
            leftSection={<IconEdit size={18} aria-hidden />}
          >
            {t('page.edit')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
