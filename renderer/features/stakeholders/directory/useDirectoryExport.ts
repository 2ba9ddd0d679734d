// The directory as CSV or Excel files: the stakeholders shown, and the links around them.
// CSV in UTF-8 with a byte-order mark (without it Excel misreads accents and Arabic), formulas
// neutralised in text cells only (domain/spreadsheet/cells.ts) in both formats, and one audit
// entry per file naming the filters, the row count and the records exported.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../domain/localDay';
import type { CellValue } from '../../../../domain/spreadsheet/cells';
import type { StakeholderFilters } from '../../../../domain/stakeholders/filters';
import { stakeholderCsvRows, type CsvLabels } from '../../../../domain/stakeholders/csv';
import {
  stakeholderLinkCsvRows,
  type LinkCsvLabels,
} from '../../../../domain/stakeholders/linksCsv';
import { recordExport, useWriteContext, type WriteContext } from '../../../db';
import { saveSpreadsheet, type ExportFormat } from '../../../ui/export/saveSpreadsheet';
import { countryName } from '../../../ui/format';
import { languageName } from '../languageName';
import { readLinksAround } from '../linkRepository';
import type { StoredStakeholder } from '../stakeholderRepository';
import { useExportState } from '../useExportState';

function useCsvLabels(): CsvLabels & { link: LinkCsvLabels } {
  const { t, i18n } = useTranslation('stakeholders');
  const lng = i18n.language;
  return {
    header: (column) => t(`csv.${column}`),
    type: (id) => t(`types.${id}` as 'types.diaspora'),
    country: (code) => countryName(lng, code),
    language: (code) => languageName(lng, code),
    sector: (id) => t(`sectors.${id}` as 'sectors.health'),
    engagement: (id) => t(`engagement.${id}` as 'engagement.none'),
    link: {
      header: (column) => t(`linksCsv.${column}`),
      kind: (type) => t(`linkTypes.outgoing.${type}`),
    },
  };
}

/** The directory's filters as the audit keeps them: only those that narrow the list. */
function auditedFilters(filters: StakeholderFilters) {
  const kept: Record<string, string | readonly string[]> = {};
  if (filters.query) kept['q'] = filters.query;
  if (filters.types.length) kept['type'] = filters.types;
  if (filters.country) kept['country'] = filters.country;
  if (filters.sector) kept['sector'] = filters.sector;
  return kept;
}

interface DirectoryFile {
  name: string;
  format: ExportFormat;
  filters: StakeholderFilters;
  rows: readonly (readonly CellValue[])[];
}

/** Saves one file and audits it; the path, or null when the officer cancelled. */
async function saveAudited(
  ctx: WriteContext,
  table: 'stakeholders' | 'stakeholderLinks',
  file: DirectoryFile,
  ids: readonly string[],
) {
  const path = await saveSpreadsheet(file.name, file.format, [
    { name: file.name.slice(0, 31), rows: file.rows },
  ]);
  if (path !== null) {
    const rows = Math.max(0, file.rows.length - 1);
    const detail = { filters: auditedFilters(file.filters), rows, format: file.format };
    await recordExport(ctx, table, detail, ids);
  }
  return path;
}

export function useDirectoryExport() {
  const { t } = useTranslation('stakeholders');
  const ctx = useWriteContext();
  const labels = useCsvLabels();
  const { status, run } = useExportState();

  const exportStakeholders = useCallback(
    (
      stakeholders: readonly StoredStakeholder[],
      filters: StakeholderFilters,
      format: ExportFormat,
    ) =>
      run(() => {
        const name = t('export.csvFileName', { date: localDay() });
        const rows = stakeholderCsvRows(stakeholders, labels);
        const ids = stakeholders.map((s) => s.id);
        return saveAudited(ctx, 'stakeholders', { name, format, filters, rows }, ids);
      }),
    [run, labels, t, ctx],
  );

  const exportLinks = useCallback(
    (
      stakeholders: readonly StoredStakeholder[],
      filters: StakeholderFilters,
      format: ExportFormat,
    ) =>
      run(async () => {
        const name = t('export.linksFileName', { date: localDay() });
        const { links, names } = await readLinksAround(
          ctx.db,
          stakeholders.map((s) => s.id),
        );
        const rows = stakeholderLinkCsvRows(links, names, labels.link);
        const ids = links.map((l) => l.id);
        return saveAudited(ctx, 'stakeholderLinks', { name, format, filters, rows }, ids);
      }),
    [run, labels, t, ctx],
  );
  return { exportStakeholders, exportLinks, status };
}
