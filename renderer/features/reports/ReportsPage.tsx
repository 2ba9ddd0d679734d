// The Reports page: the figures of a period (and of one staff member's cases, if chosen), with
// a print view of the monthly report. After a change of period the previous figures stay on
// screen, dimmed and marked busy, until the new ones are drawn; they are drawn as a deferred
// (interruptible) render, so the period control answers at once.
import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useCallback, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportMenu } from '../../ui/export/ExportMenu';
import { PageHeader } from '../../ui/PageHeader';
import { formatDate } from '../../ui/format';
import { useMay } from '../accounts';
import { ReportBody } from './ReportBody';
import { ReportControls } from './ReportControls';
import { usePrefetchReport, useReport } from './useReport';
import { useStatisticsExport } from './useStatisticsExport';
import { reportParams, useReportQuery, type ReportQuery } from './useReportQuery';
import './reports.css';

export function ReportsPage() {
  const { t, i18n } = useTranslation('reports');
  // The new period's figures are read from the click on, not after the address change renders.
  const prefetch = usePrefetchReport();
  const prefetchQuery = useCallback(
    (next: ReportQuery) => prefetch(next.period, next.staff),
    [prefetch],
  );
  const { query, change } = useReportQuery(prefetchQuery);
  const report = useReport(query.period, query.staff);
  const shown = useDeferredValue(report);
  const current =
    shown !== undefined &&
    shown === report &&
    shown.period.from === query.period.from &&
    shown.period.to === query.period.to &&
    shown.staff === query.staff;
  const lng = i18n.language;
  const statistics = useStatisticsExport();
  // Exports are for a supervisor or administrator (domain/roles.ts).
  const mayExport = useMay('exportData');
  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        aside={
          <Group gap="sm">
            {mayExport && (
              <ExportMenu
                state={statistics.state}
                onCancel={statistics.cancel}
                label={t('statistics.button')}
                onExport={(format) => void statistics.exportStatistics(query, format)}
              />
            )}
            <Button
              component={Link}
              to={`/print/report?${reportParams(query).toString()}`}
              variant="default"
              leftSection={<IconPrinter size={16} aria-hidden />}
            >
              {t('print')}
            </Button>
          </Group>
        }
      />
      <ReportControls query={query} onChange={change} />
      <Text fw={600} data-testid="report-period">
        {t('period.range', {
          from: formatDate(lng, query.period.from, 'long'),
          to: formatDate(lng, query.period.to, 'long'),
        })}
      </Text>
      {shown ? (
        <div className="report-body" aria-busy={!current}>
          <ReportBody report={shown} />
        </div>
      ) : (
        <Center py="xl">
          <Loader aria-hidden />
        </Center>
      )}
    </Stack>
  );
}
