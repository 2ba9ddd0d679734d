// Exports the people list as it is searched to CSV or Excel: rows built a page at a time with
// progress, saved through the platform, one audit entry naming the search and the row count.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  peopleExportHeader,
  peopleExportRow,
  type PeopleExportColumn,
  type PeopleExportLabels,
} from '../../../domain/exports/peopleRows';
import { localDay } from '../../../domain/localDay';
import type { CellValue } from '../../../domain/spreadsheet/cells';
import { recordExport, useWriteContext } from '../../db';
import { saveSpreadsheet, type ExportFormat } from '../../ui/export/saveSpreadsheet';
import { useExportRun, yieldToPage } from '../../ui/export/useExportRun';
import { countryName } from '../../ui/format';
import { peopleByIds } from './peopleReads';

const PAGE = 2_000;

function usePeopleExportLabels(): PeopleExportLabels {
  const { t, i18n } = useTranslation('people');
  const lng = i18n.language;
  return useMemo(() => {
    const headers: Record<PeopleExportColumn, string> = {
      givenName: t('fields.givenName'),
      middleName: t('fields.middleName'),
      familyName: t('fields.familyName'),
      sex: t('fields.sex'),
      birthDate: t('fields.birthDate'),
      phone: t('fields.phone'),
      barangay: t('fields.barangay'),
      city: t('fields.city'),
      country: t('export.country'),
      added: t('list.added'),
    };
    return {
      header: (column) => headers[column],
      sex: (id) => t(`sex.${id as 'female'}`),
      country: (code) => countryName(lng, code),
    };
  }, [t, lng]);
}

export function usePeopleExport() {
  const { t } = useTranslation('people');
  const ctx = useWriteContext();
  const labels = usePeopleExportLabels();
  const { state, run, cancel } = useExportRun();
  const exportPeople = useCallback(
    (ids: readonly string[], search: string, format: ExportFormat) =>
      run(async ({ progress, signal, writing }) => {
        const rows: CellValue[][] = [peopleExportHeader(labels)];
        const written: string[] = [];
        for (let start = 0; start < ids.length; start += PAGE) {
          const page = ids.slice(start, start + PAGE);
          const people = await peopleByIds(ctx.db, page);
          for (const id of page) {
            const person = people.get(id);
            if (!person || person.deletedAt) continue;
            rows.push(peopleExportRow(person, labels));
            written.push(id);
          }
          progress(Math.min(start + PAGE, ids.length), ids.length);
          await yieldToPage();
          signal.throwIfAborted();
        }
        const name = t('export.fileName', { date: localDay() });
        const sheets = [{ name: t('list.title'), rows }];
        const path = await saveSpreadsheet(name, format, sheets, { signal, onWriting: writing });
        if (path !== null) {
          const filters: Record<string, string> = search.trim() ? { q: search.trim() } : {};
          await recordExport(ctx, 'people', { filters, rows: written.length, format }, written);
        }
        return path;
      }),
    [run, ctx, labels, t],
  );
  return { state, exportPeople, cancel };
}
