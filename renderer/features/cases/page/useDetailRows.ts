// The details of the person concerned that a case holds (OFW: destination, city abroad,
// employer …; migrant: origin, arrival …), labelled and formatted for the interface language,
// in the preset's order. The case page and the printed summary show the same rows.
import { useTranslation } from 'react-i18next';
import { seesDetailField } from '../../../../domain/cases/caseAccess';
import type { OfwFieldDefinition } from '../../../../domain/presets';
import type { StoredRecord } from '../../../../domain/records';
import { countryName, formatDate } from '../../../ui/format';
import { useRole } from '../../accounts';
import { usePreset, usePresetLabel } from '../../settings';

export interface DetailRow {
  id: string;
  label: string;
  value: string;
}

/** No rows while the case is loading (undefined) or missing. */
export function useDetailRows(record: StoredRecord<'cases'> | undefined): DetailRow[] {
  const { i18n } = useTranslation();
  const preset = usePreset();
  const label = usePresetLabel();
  const role = useRole();
  if (!record) return [];
  const values = record[preset.detailsRecord] as Record<string, string | undefined>;
  const display = (field: OfwFieldDefinition, value: string) => {
    if (field.kind === 'choice') return label(`fieldOptions.${field.id}`, value);
    if (field.kind === 'country') return countryName(i18n.language, value);
    if (field.kind === 'date') return formatDate(i18n.language, value);
    return value;
  };
  return preset.detailFields.flatMap((field) => {
    // A clerk's session does not even read the legal status (renderer/db/readPolicy.ts).
    const value = seesDetailField(role, `${preset.detailsRecord}.${field.id}`)
      ? values[field.id]
      : undefined;
    return value
      ? [{ id: field.id, label: label('fields', field.id), value: display(field, value) }]
      : [];
  });
}
