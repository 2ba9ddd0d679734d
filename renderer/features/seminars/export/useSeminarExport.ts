// Exports seminars with their attendance to CSV (one file per sheet) or Excel (one workbook):
// every session from the seminars list, or one session from its page. Saved through the
// platform, with one audit entry per table written (the sessions, the registrations), each
// naming the filter, the row count and the records.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { attendeeExportRows, sessionExportRows } from '../../../../domain/exports/seminarRows';
import { localDay } from '../../../../domain/localDay';
import { recordExport, useWriteContext } from '../../../db';
import { saveSpreadsheet, type ExportFormat } from '../../../ui/export/saveSpreadsheet';
import { useExportRun } from '../../../ui/export/useExportRun';
import { readSeminarExport } from './seminarExportRepository';
import { useSeminarExportLabels } from './useSeminarExportLabels';

/** `seminarId` null: every session the list shows; otherwise that one session. */
export function useSeminarExport(seminarId: string | null) {
  const { t } = useTranslation('seminars');
  const ctx = useWriteContext();
  const labels = useSeminarExportLabels();
  const { state, run, cancel } = useExportRun();
  const exportSeminars = useCallback(
    (format: ExportFormat) =>
      run(async ({ progress, signal, writing }) => {
        const data = await readSeminarExport(ctx.db, seminarId, progress, signal);
        const l = { ...labels, person: (id: string) => data.names.get(id) ?? '' };
        const sheets = [
          {
            name: t('export.sessionsSheet'),
            rows: sessionExportRows(data.seminars, data.attendance, l),
          },
          {
            name: t('export.attendeesSheet'),
            rows: attendeeExportRows(data.seminars, data.attendance, l),
          },
        ];
        const one = seminarId ? data.seminars[0] : undefined;
        const name = one
          ? t('export.fileNameOne', { date: localDay(new Date(one.startsAt)) })
          : t('export.fileName', { date: localDay() });
        const path = await saveSpreadsheet(name, format, sheets, { signal, onWriting: writing });
        if (path !== null) {
          const filters: Record<string, string> = seminarId ? { seminar: seminarId } : {};
          const seminarIds = data.seminars.map((s) => s.id);
          const attendanceIds = data.attendance.map((a) => a.id);
          await recordExport(
            ctx,
            'seminars',
            { filters, rows: seminarIds.length, format },
            seminarIds,
          );
          await recordExport(
            ctx,
            'attendance',
            { filters, rows: attendanceIds.length, format },
            attendanceIds,
          );
        }
        return path;
      }),
    [run, ctx, labels, seminarId, t],
  );
  return { state, exportSeminars, cancel };
}
