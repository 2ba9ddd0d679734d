// Column names and values of the case export in the officer's language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseExportLabels } from '../../../../domain/exports/caseRows';
import { countryName } from '../../../ui/format';
import { usePreset, usePresetLabel, useStaffList } from '../../settings';

export function useCaseExportLabels(): Omit<CaseExportLabels, 'person'> {
  const { t, i18n } = useTranslation('caseList');
  const label = usePresetLabel();
  const migrants = usePreset().detailsRecord === 'migrantDetails';
  const staff = useStaffList();
  const lng = i18n.language;
  return useMemo(() => {
    const staffNames = new Map(staff.map((s) => [s.id, s.name]));
    const headers = {
      reference: t('columns.reference'),
      client: t('columns.client'),
      clientRole: t('export.columns.clientRole'),
      concerned: migrants ? t('columns.concerned') : t('columns.ofw'),
      categories: t('columns.categories'),
      status: t('columns.status'),
      urgency: t('columns.urgency'),
      opened: t('columns.opened'),
      closed: t('export.columns.closed'),
      country: migrants ? t('columns.origin') : t('columns.destination'),
      assignedTo: t('export.columns.assignedTo'),
    };
    return {
      header: (column) => headers[column],
      role: (id) => label('clientRoles', id),
      category: (id) => label('categories', id),
      status: (id) => label('statuses', id),
      urgency: (id) => t(`urgency.${id}` as 'urgency.low'),
      country: (code) => countryName(lng, code),
      staff: (id) => staffNames.get(id) ?? '',
    };
  }, [t, label, migrants, staff, lng]);
}
