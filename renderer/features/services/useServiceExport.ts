// Exports the services directory as it is searched and filtered to CSV or Excel: the services
// shown, in the officer's language, saved through the platform, with one audit entry naming the
// search and filters, the row count and the services written.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  serviceExportHeader,
  serviceExportRow,
  type ServiceExportColumn,
  type ServiceExportLabels,
} from '../../../domain/exports/serviceRows';
import { localDay } from '../../../domain/localDay';
import { handoutLanguages } from '../../../domain/records/handout';
import { recordExport, useWriteContext } from '../../db';
import { saveSpreadsheet, type ExportFormat } from '../../ui/export/saveSpreadsheet';
import { useExportRun } from '../../ui/export/useExportRun';
import type { ServiceFilters } from './filterServices';
import type { Service } from './serviceTypes';
import type { NamedAgency } from './useAgencyNaming';
import { usePresetLabels } from './usePresetLabels';

function useServiceExportLabels(
  agencyOf: (service: Service) => NamedAgency | null,
): ServiceExportLabels<Service> {
  const { t } = useTranslation('services');
  const { category } = usePresetLabels();
  return useMemo(() => {
    const headers: Record<ServiceExportColumn, string> = {
      name: t('form.name'),
      agency: t('form.agency'),
      categories: t('form.categories'),
      eligibility: t('form.eligibility'),
      documents: t('form.documents'),
      fees: t('form.fees'),
      processingTime: t('form.processingTime'),
      steps: t('form.steps'),
      howToApply: t('form.howToApply'),
      contact: t('form.contact'),
      languages: t('form.languages'),
      handouts: t('export.handouts'),
      status: t('form.verificationStatus'),
      lastVerified: t('form.lastVerifiedAt'),
    };
    return {
      header: (column) => headers[column],
      agency: (service) => agencyOf(service)?.name ?? '',
      category,
      // The desk types these languages in its own words: written as typed.
      language: (name) => name,
      handouts: (service) =>
        handoutLanguages(service.content).map((lng) => t(`languages.${lng}`, { ns: 'common' })),
      status: (status) => t(`status.${status}`),
    };
  }, [t, category, agencyOf]);
}

/** The directory's search and filters as the audit keeps them: only those that narrow it. */
function auditedFilters(filters: ServiceFilters) {
  const kept: Record<string, string> = {};
  if (filters.query.trim()) kept['q'] = filters.query.trim();
  if (filters.category) kept['category'] = filters.category;
  if (filters.agencyKey) kept['agency'] = filters.agencyKey;
  return kept;
}

export function useServiceExport(agencyOf: (service: Service) => NamedAgency | null) {
  const { t } = useTranslation('services');
  const ctx = useWriteContext();
  const labels = useServiceExportLabels(agencyOf);
  const { state, run, cancel } = useExportRun();
  const exportServices = useCallback(
    (shown: readonly Service[], filters: ServiceFilters, format: ExportFormat) =>
      run(async ({ progress, signal, writing }) => {
        const rows = [
          serviceExportHeader(labels),
          ...shown.map((s) => serviceExportRow(s, labels)),
        ];
        progress(shown.length, shown.length);
        const name = t('export.fileName', { date: localDay() });
        const sheets = [{ name: t('list.title'), rows }];
        const path = await saveSpreadsheet(name, format, sheets, { signal, onWriting: writing });
        if (path !== null) {
          const detail = { filters: auditedFilters(filters), rows: shown.length, format };
          await recordExport(
            ctx,
            'services',
            detail,
            shown.map((s) => s.id),
          );
        }
        return path;
      }),
    [run, ctx, labels, t],
  );
  return { state, exportServices, cancel };
}
