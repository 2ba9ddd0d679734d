// Exports the case list as it is filtered (search and filters of the address) to CSV or Excel:
// rows built a page at a time with progress, saved through the platform, and one audit entry
// naming the filters and the number of rows.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  caseExportHeader,
  caseExportRow,
  type CaseExportLabels,
} from '../../../../domain/exports/caseRows';
import { localDay } from '../../../../domain/localDay';
import type { CellValue } from '../../../../domain/spreadsheet/cells';
import { recordExport, useWriteContext, type WriteContext } from '../../../db';
import { saveSpreadsheet, type ExportFormat } from '../../../ui/export/saveSpreadsheet';
import { useExportRun, yieldToPage, type ReportProgress } from '../../../ui/export/useExportRun';
import { caseListParams, type CaseListQuery } from './caseListQuery';
import { EXPORT_PAGE, readCaseExportPage } from './caseExportRepository';
import { DEFAULT_SORT } from './caseFilters';
import { useCaseExportLabels } from './useCaseExportLabels';

/** Every row of the file, the header first; the ids written, in order. */
export async function buildCaseRows(
  ctx: Pick<WriteContext, 'db'>,
  ids: readonly string[],
  labels: Omit<CaseExportLabels, 'person'>,
  progress: ReportProgress,
  signal?: AbortSignal,
) {
  const rows: CellValue[][] = [];
  const written: string[] = [];
  for (let start = 0; start < ids.length; start += EXPORT_PAGE) {
    const page = await readCaseExportPage(ctx.db, ids.slice(start, start + EXPORT_PAGE));
    const pageLabels = { ...labels, person: (id: string) => page.names.get(id) ?? '' };
    if (rows.length === 0) rows.push(caseExportHeader(pageLabels));
    for (const c of page.cases) {
      rows.push(caseExportRow(c, pageLabels));
      written.push(c.id);
    }
    progress(Math.min(start + EXPORT_PAGE, ids.length), ids.length);
    await yieldToPage();
    signal?.throwIfAborted();
  }
  if (rows.length === 0) rows.push(caseExportHeader({ ...labels, person: () => '' }));
  return { rows, written };
}

/** The list's search and filters as the audit keeps them: only those that narrow the list. */
export function auditedFilters(query: CaseListQuery) {
  const params = caseListParams({ ...query, sort: DEFAULT_SORT });
  return Object.fromEntries(
    [...params].map(([name, value]): [string, string | readonly string[]] =>
      name === 'q' || name === 'from' || name === 'to' || name === 'overdue'
        ? [name, value]
        : [name, value.split(',')],
    ),
  );
}

export function useCaseExport() {
  const { t } = useTranslation('caseList');
  const ctx = useWriteContext();
  const labels = useCaseExportLabels();
  const { state, run, cancel } = useExportRun();
  const exportCases = useCallback(
    (ids: readonly string[], query: CaseListQuery, format: ExportFormat) =>
      run(async ({ progress, signal, writing }) => {
        const { rows, written } = await buildCaseRows(ctx, ids, labels, progress, signal);
        const name = t('export.fileName', { date: localDay() });
        const sheets = [{ name: t('title'), rows }];
        const path = await saveSpreadsheet(name, format, sheets, { signal, onWriting: writing });
        if (path !== null) {
          const detail = { filters: auditedFilters(query), rows: written.length, format };
          await recordExport(ctx, 'cases', detail, written);
        }
        return path;
      }),
    [run, ctx, labels, t],
  );
  return { state, exportCases, cancel };
}
