// Exports the audit trail as filtered to CSV or Excel: every matching entry, newest first, read a
// page at a time with progress, saved through the platform; the export itself joins the trail
// (its filters and row count, not the rows).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { auditFilterDetail, type AuditFilter } from '../../../../domain/audit/auditFilter';
import { localDay } from '../../../../domain/localDay';
import type { CellValue } from '../../../../domain/spreadsheet/cells';
import { recordExport, useWriteContext } from '../../../db';
import { saveSpreadsheet, type ExportFormat } from '../../../ui/export/saveSpreadsheet';
import { useExportRun, yieldToPage } from '../../../ui/export/useExportRun';
import { auditPage, countInPeriod, personEntries, type AuditCursor } from './auditReads';
import { recordLabels, staffNames } from './recordLabels';
import { entryDescriber } from './useDescribeEntry';

const PAGE = 2_000;

export function useAuditExport() {
  const { t, i18n } = useTranslation('audit');
  const ctx = useWriteContext();
  const { state, run } = useExportRun();
  const exportTrail = useCallback(
    (filter: AuditFilter, format: ExportFormat) =>
      run(async ({ progress, signal, writing }) => {
        const lng = i18n.language;
        const { db } = ctx;
        const staff = await staffNames(db);
        const rows: CellValue[][] = [
          (['when', 'who', 'action', 'record', 'fields'] as const).map((c) =>
            t(`viewer.columns.${c}`),
          ),
        ];
        const total = filter.personId ? 0 : await countInPeriod(db, filter);
        const pages = filter.personId
          ? [await personEntries(db, filter.personId, filter)]
          : undefined;
        let cursor: AuditCursor | null = null;
        for (let i = 0; ; i++) {
          let entries;
          if (pages) {
            if (i > 0) break;
            entries = pages[0]!;
          } else {
            const page = await auditPage(db, filter, cursor, PAGE);
            entries = page.entries;
            cursor = page.next;
          }
          const describe = entryDescriber(t, lng, await recordLabels(db, entries), staff);
          for (const e of entries) {
            const text = describe(e);
            rows.push([text.when, text.who, text.action, text.record, text.fields]);
          }
          progress(rows.length - 1, Math.max(total, rows.length - 1));
          signal.throwIfAborted();
          await yieldToPage();
          if (pages || cursor === null) break;
        }
        const name = t('viewer.fileName', { date: localDay() });
        const path = await saveSpreadsheet(name, format, [{ name: t('viewer.title'), rows }], {
          signal,
          onWriting: writing,
        });
        if (path !== null) {
          const detail = { filters: auditFilterDetail(filter), rows: rows.length - 1, format };
          await recordExport(ctx, 'audit', detail);
        }
        return path;
      }),
    [run, ctx, t, i18n],
  );
  return { state, exportTrail };
}
