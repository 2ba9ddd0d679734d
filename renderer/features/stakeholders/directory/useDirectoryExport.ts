// The directory as CSV files for Excel: the stakeholders shown, and the links around them.
// UTF-8 with a byte-order mark (without it Excel misreads accents and Arabic), formulas
// neutralised in text cells only (domain/spreadsheet/cells.ts), and an audit entry for every
// stakeholder and link exported.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../domain/localDay';
import { csvText } from '../../../../domain/spreadsheet/csv';
import type { CellValue } from '../../../../domain/spreadsheet/cells';
import { stakeholderCsvRows, type CsvLabels } from '../../../../domain/stakeholders/csv';
import {
  stakeholderLinkCsvRows,
  type LinkCsvLabels,
} from '../../../../domain/stakeholders/linksCsv';
import { useWriteContext, type WriteContext } from '../../../db';
import { platform } from '../../../platform';
import { countryName } from '../../../ui/format';
import { languageName } from '../languageName';
import { readLinksAround } from '../linkRepository';
import { recordStakeholderExport, type StoredStakeholder } from '../stakeholderRepository';
import { useExportState } from '../useExportState';

const BOM = '\uFEFF';

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

/** Saves rows as a CSV file named `<name>.csv`; the path, or null when the officer cancelled. */
function saveCsv(name: string, rows: readonly (readonly CellValue[])[]) {
  return platform.saveFile({
    suggestedName: `${name}.csv`,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    data: BOM + csvText(rows),
  });
}

async function saveLinks(ctx: WriteContext, ids: string[], name: string, labels: LinkCsvLabels) {
  const { links, names } = await readLinksAround(ctx.db, ids);
  const path = await saveCsv(name, stakeholderLinkCsvRows(links, names, labels));
  if (path !== null) {
    await recordStakeholderExport(
      ctx,
      [...names.keys()],
      links.map((l) => l.id),
    );
  }
  return path;
}

export function useDirectoryExport() {
  const { t } = useTranslation('stakeholders');
  const ctx = useWriteContext();
  const labels = useCsvLabels();
  const { status, run } = useExportState();

  const exportCsv = useCallback(
    (stakeholders: readonly StoredStakeholder[]) =>
      run(async () => {
        const name = t('export.csvFileName', { date: localDay() });
        const path = await saveCsv(name, stakeholderCsvRows(stakeholders, labels));
        const ids = stakeholders.map((s) => s.id);
        if (path !== null) await recordStakeholderExport(ctx, ids);
        return path;
      }),
    [run, labels, t, ctx],
  );

  const exportLinks = useCallback(
    (stakeholders: readonly StoredStakeholder[]) =>
      run(() => {
        const name = t('export.linksFileName', { date: localDay() });
        const ids = stakeholders.map((s) => s.id);
        return saveLinks(ctx, ids, name, labels.link);
      }),
    [run, labels, t, ctx],
  );
  return { exportCsv, exportLinks, status };
}
