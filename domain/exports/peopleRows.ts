// The people list as spreadsheet rows: names, sex, birth date, phone and place as the list and
// the person's page show them; identity numbers and notes never leave in a list export.
import { localDay } from '../localDay';
import type { CellValue } from '../spreadsheet/cells';

export interface ExportPerson {
  givenName: string;
  middleName?: string | undefined;
  familyName: string;
  sex?: string | undefined;
  birthDate?: string | undefined;
  phone?: string | undefined;
  barangay?: string | undefined;
  city?: string | undefined;
  country?: string | undefined;
  createdAt: string;
}

export const PEOPLE_EXPORT_COLUMNS = [
  'givenName',
  'middleName',
  'familyName',
  'sex',
  'birthDate',
  'phone',
  'barangay',
  'city',
  'country',
  'added',
] as const;
export type PeopleExportColumn = (typeof PEOPLE_EXPORT_COLUMNS)[number];

export interface PeopleExportLabels {
  header: (column: PeopleExportColumn) => string;
  sex: (id: string) => string;
  country: (code: string) => string;
}

export const peopleExportHeader = (l: PeopleExportLabels): CellValue[] =>
  PEOPLE_EXPORT_COLUMNS.map(l.header);

export function peopleExportRow(p: ExportPerson, l: PeopleExportLabels): CellValue[] {
  return [
    p.givenName,
    p.middleName,
    p.familyName,
    l.sex(p.sex ?? 'unknown'),
    p.birthDate,
    p.phone,
    p.barangay,
    p.city,
    p.country ? l.country(p.country) : '',
    localDay(new Date(p.createdAt)),
  ];
}
