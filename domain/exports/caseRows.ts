// The case list as spreadsheet rows: what the officer sees in the list, plus the client's role,
// the assignee and the closing date, every value in the officer's language, dates as ISO days.
import { localDay } from '../localDay';
import type { CellValue } from '../spreadsheet/cells';

export interface ExportCase {
  id: string;
  reference: string;
  clientId: string;
  clientRole: string;
  ofwId?: string | undefined;
  categories: readonly string[];
  status: string;
  urgency: string;
  assignedTo?: string | undefined;
  openedAt: string;
  closedAt?: string | undefined;
  ofwDetails?: { destinationCountry?: string | undefined } | undefined;
  migrantDetails?: { countryOfOrigin?: string | undefined } | undefined;
}

export const CASE_EXPORT_COLUMNS = [
  'reference',
  'client',
  'clientRole',
  'concerned',
  'categories',
  'status',
  'urgency',
  'opened',
  'closed',
  'country',
  'assignedTo',
] as const;
export type CaseExportColumn = (typeof CASE_EXPORT_COLUMNS)[number];

export interface CaseExportLabels {
  header: (column: CaseExportColumn) => string;
  person: (id: string) => string;
  role: (id: string) => string;
  category: (id: string) => string;
  status: (id: string) => string;
  urgency: (id: string) => string;
  country: (code: string) => string;
  staff: (id: string) => string;
}

const day = (iso: string | undefined) => (iso ? localDay(new Date(iso)) : '');

export const caseExportHeader = (l: CaseExportLabels): CellValue[] =>
  CASE_EXPORT_COLUMNS.map(l.header);

export function caseExportRow(c: ExportCase, l: CaseExportLabels): CellValue[] {
  const country = c.ofwDetails?.destinationCountry ?? c.migrantDetails?.countryOfOrigin;
  return [
    c.reference,
    l.person(c.clientId),
    l.role(c.clientRole),
    l.person(c.ofwId ?? c.clientId),
    c.categories.map(l.category).join('; '),
    l.status(c.status),
    l.urgency(c.urgency),
    day(c.openedAt),
    day(c.closedAt),
    country ? l.country(country) : '',
    c.assignedTo ? l.staff(c.assignedTo) : '',
  ];
}
