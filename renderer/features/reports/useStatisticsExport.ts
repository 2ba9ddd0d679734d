// The pseudonymised statistics export of the report's period (docs/exports.md): no names,
// contacts or free text, people as keyed hashes that hold for this one file, small counts as
// "<5". Audited like every export: the period, the staff member and the number of rows.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { newPseudonymiser } from '../../../domain/exports/pseudonym';
import {
  statisticsSheets,
  type StatisticsColumn,
  type StatisticsLabels,
} from '../../../domain/exports/statisticsExport';
import { recordExport, useWriteContext } from '../../db';
import { saveSpreadsheet, type ExportFormat } from '../../ui/export/saveSpreadsheet';
import { useExportRun } from '../../ui/export/useExportRun';
import { countryName } from '../../ui/format';
import { usePresetLabel } from '../settings';
import { readStatisticsCases } from './statisticsRepository';
import type { ReportQuery } from './useReportQuery';

function useStatisticsLabels(): StatisticsLabels {
  const { t, i18n } = useTranslation('reports');
  const { t: tp } = useTranslation('people');
  const label = usePresetLabel();
  const lng = i18n.language;
  return useMemo(
    () => ({
      header: (column: StatisticsColumn) => t(`statistics.columns.${column}`),
      sheet: (sheet) => t(`statistics.sheets.${sheet}`),
      category: (id) => label('categories', id),
      status: (id) => label('statuses', id),
      country: (code) => (code ? countryName(lng, code) : t('statistics.noCountry')),
      role: (id) => label('clientRoles', id),
      sex: (id) => tp(`sex.${id as 'female'}`),
      ageGroup: (id) => t(`age.${id as 'unknown'}`),
    }),
    [t, tp, label, lng],
  );
}

export function useStatisticsExport() {
  const { t } = useTranslation('reports');
  const ctx = useWriteContext();
  const labels = useStatisticsLabels();
  const { state, run, cancel } = useExportRun();
  const exportStatistics = useCallback(
    (query: ReportQuery, format: ExportFormat) =>
      run(async ({ progress, signal, writing }) => {
        const { cases, people } = await readStatisticsCases(
          ctx.db,
          query.period,
          query.staff,
          progress,
        );
        // A new key for every file: pseudonyms cannot be matched across two exports.
        const sheets = await statisticsSheets(cases, people, await newPseudonymiser(), labels);
        const name = t('statistics.fileName', { from: query.period.from, to: query.period.to });
        const path = await saveSpreadsheet(name, format, sheets, { signal, onWriting: writing });
        if (path !== null) {
          const filters = {
            from: query.period.from,
            to: query.period.to,
            ...(query.staff ? { staff: query.staff } : {}),
          };
          await recordExport(ctx, 'cases', { filters, rows: cases.length, format });
        }
        return path;
      }),
    [run, ctx, labels, t],
  );
  return { state, exportStatistics, cancel };
}
