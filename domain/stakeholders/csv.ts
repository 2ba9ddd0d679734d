// The directory as rows for a spreadsheet: one row per stakeholder, lists joined with "; ",
// codes turned into words in the reader's language by the labels the caller passes.
// Coordinates stay numbers; the cell rule (domain/spreadsheet/cells.ts) applies when written.
import type { Stakeholder } from '../records/stakeholders';
import type { CellValue } from '../spreadsheet/cells';

export const CSV_COLUMNS = [
  'name',
  'type',
  'country',
  'countryCode',
  'city',
  'latitude',
  'longitude',
  'languages',
  'sectors',
  'servicesOffered',
  'engagement',
  'contacts',
  'observations',
  'notes',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvLabels {
  header: (column: CsvColumn) => string;
  type: (id: string) => string;
  country: (code: string) => string;
  language: (code: string) => string;
  sector: (id: string) => string;
  engagement: (id: string) => string;
}

const list = (items: readonly string[]) => items.join('; ');

function contactText(contact: Stakeholder['contacts'][number]): string {
  return [contact.name, contact.role, contact.phone, contact.email].filter(Boolean).join(', ');
}

function row(s: Stakeholder, labels: CsvLabels): CellValue[] {
  const cells: Record<CsvColumn, CellValue> = {
    name: s.name,
    type: labels.type(s.type),
    country: s.country ? labels.country(s.country) : '',
    countryCode: s.country ?? '',
    city: s.city ?? '',
    latitude: s.latitude,
    longitude: s.longitude,
    languages: list(s.languages.map(labels.language)),
    sectors: list(s.sectors.map(labels.sector)),
    servicesOffered: list(s.servicesOffered),
    engagement: labels.engagement(s.engagement),
    contacts: list(s.contacts.map(contactText)),
    observations: list(s.observations.map((o) => `${o.date}: ${o.text}`)),
    notes: s.notes ?? '',
  };
  return CSV_COLUMNS.map((column) => cells[column]);
}

/** The header row, then a row per stakeholder, in the order given. */
export function stakeholderCsvRows(stakeholders: readonly Stakeholder[], labels: CsvLabels) {
  return [CSV_COLUMNS.map(labels.header), ...stakeholders.map((s) => row(s, labels))];
}
