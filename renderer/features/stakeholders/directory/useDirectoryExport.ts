// The directory as a CSV file for Excel: UTF-8 with a byte-order mark (without it Excel misreads
// accents and Arabic), formulas neutralised, and an audit entry for every stakeholder exported.
import Papa from 'papaparse';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../domain/localDay';
import { stakeholderCsvRows, type CsvLabels } from '../../../../domain/stakeholders/csv';
import { useWriteContext } from '../../../db';
import { platform } from '../../../platform';
import { countryName } from '../../../ui/format';
import { languageName } from '../languageName';
import { recordStakeholderExport, type StoredStakeholder } from '../stakeholderRepository';
import { useExportState } from '../useExportState';

const BOM = '\uFEFF';

function useCsvLabels(): CsvLabels {
  const { t, i18n } = useTranslation('stakeholders');
  const lng = i18n.language;
  return {
    header: (column) => t(`csv.${column}`),
    type: (id) => t(`types.${id}` as 'types.diaspora'),
    country: (code) => countryName(lng, code),
    language: (code) => languageName(lng, code),
    sector: (id) => t(`sectors.${id}` as 'sectors.health'),
    engagement: (id) => t(`engagement.${id}` as 'engagement.none'),
  };
}

export function useDirectoryExport() {
  const { t } = useTranslation('stakeholders');
  const ctx = useWriteContext();
  const labels = useCsvLabels();
  const { status, run } = useExportState();

  const exportCsv = useCallback(
    (stakeholders: readonly StoredStakeholder[]) =>
      run(async () => {
        const csv = Papa.unparse(stakeholderCsvRows(stakeholders, labels), {
          escapeFormulae: true,
        });
        const date = localDay();
        const path = await platform.saveFile({
          suggestedName: `${t('export.csvFileName', { date })}.csv`,
          filters: [{ name: 'CSV', extensions: ['csv'] }],
          data: BOM + csv,
        });
        if (path !== null)
          await recordStakeholderExport(
            ctx,
            stakeholders.map((s) => s.id),
          );
        return path;
      }),
    [run, labels, t, ctx],
  );
  return { exportCsv, status };
}
