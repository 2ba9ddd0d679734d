// The monthly report for the mayor and the agencies: a designed page in the desk's language,
// with the desk's name, the period and every figure; the desktop saves it as PDF.
import { Center, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDate } from '../../ui/format';
import { PrintSheet, PrintView } from '../../ui/print';
import { useRecordPrint } from '../audit';
import { useDesk, useStaffList } from '../settings';
import { ReportBody } from './ReportBody';
import { useReport } from './useReport';
import { reportParams, useReportQuery } from './useReportQuery';
import './reports.css';

export function ReportPrint() {
  const { t, i18n } = useTranslation('reports');
  const navigate = useNavigate();
  const { profile } = useDesk();
  const { query } = useReportQuery();
  const report = useReport(query.period, query.staff);
  const staffName = useStaffList().find((s) => s.id === query.staff)?.name;
  const lng = i18n.language;
  const recordPrint = useRecordPrint();
  const { from, to } = query.period;
  return (
    <PrintView
      fileName={t('fileName', { from, to })}
      onBack={() => void navigate(`/reports?${reportParams(query).toString()}`)}
      onPrint={() => recordPrint('report', 'cases')}
    >
      <PrintSheet
        language={lng}
        header={{
          start: <strong>{`${profile.deskName} · ${profile.municipality}`}</strong>,
          end: t('printed', { date: formatDate(lng, new Date()) }),
        }}
        testId="report-print"
      >
        <Title order={1} size="h3">
          {t('printTitle')}
        </Title>
        <Text fw={600} mb={staffName ? 0 : 'md'}>
          {t('period.range', {
            from: formatDate(lng, from, 'long'),
            to: formatDate(lng, to, 'long'),
          })}
        </Text>
        {staffName && <Text mb="md">{t('staffLine', { name: staffName })}</Text>}
        {report ? (
          <ReportBody report={report} full />
        ) : (
          <Center py="xl">
            <Loader aria-hidden />
          </Center>
        )}
      </PrintSheet>
    </PrintView>
  );
}
