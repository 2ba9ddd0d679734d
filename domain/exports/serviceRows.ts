// The services directory as spreadsheet rows: what a partner agency or another desk needs to
// send a client to the right place (agency, who is eligible, papers, fees, steps, contact), with
// the desk's verification, every value in the officer's language.
import type { CellValue } from '../spreadsheet/cells';

export interface ExportService {
  name: string;
  categories: readonly string[];
  eligibility?: string | undefined;
  documents: readonly string[];
  fees?: string | undefined;
  processingTime?: string | undefined;
  steps: readonly string[];
  howToApply?: string | undefined;
  contact?: string | undefined;
  languages: readonly string[];
  verificationStatus: 'toVerify' | 'verified';
  lastVerifiedAt?: string | undefined;
}

export const SERVICE_EXPORT_COLUMNS = [
  'name',
  'agency',
  'categories',
  'eligibility',
  'documents',
  'fees',
  'processingTime',
  'steps',
  'howToApply',
  'contact',
  'languages',
  'handouts',
  'status',
  'lastVerified',
] as const;
export type ServiceExportColumn = (typeof SERVICE_EXPORT_COLUMNS)[number];

export interface ServiceExportLabels<S> {
  header: (column: ServiceExportColumn) => string;
  agency: (service: S) => string;
  category: (id: string) => string;
  language: (code: string) => string;
  /** The languages the service's handout is written in, named. */
  handouts: (service: S) => readonly string[];
  status: (status: ExportService['verificationStatus']) => string;
}

export const serviceExportHeader = <S>(l: ServiceExportLabels<S>): CellValue[] =>
  SERVICE_EXPORT_COLUMNS.map(l.header);

export function serviceExportRow<S extends ExportService>(
  s: S,
  l: ServiceExportLabels<S>,
): CellValue[] {
  return [
    s.name,
    l.agency(s),
    s.categories.map(l.category).join('; '),
    s.eligibility,
    s.documents.join('; '),
    s.fees,
    s.processingTime,
    // Numbered, as the handout prints them: the order of the steps matters.
    s.steps.map((step, i) => `${i + 1}. ${step}`).join(' '),
    s.howToApply,
    s.contact,
    s.languages.map(l.language).join('; '),
    l.handouts(s).join('; '),
    l.status(s.verificationStatus),
    // A date is a calendar day already (isoDate), not an instant: written as stored.
    s.verificationStatus === 'verified' ? (s.lastVerifiedAt ?? '') : '',
  ];
}
