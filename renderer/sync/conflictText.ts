// How the "Needs review" list says a conflict's field and values: a translated label for every
// field an officer edits, and a value in the officer's language (dates, numbers, lists, yes/no).
import { formatDate, formatDateTime, formatList, formatNumber } from '../ui/format';

/** Fields with a label of their own in the sync namespace (`fields.<name>`). */
export const LABELLED_FIELDS = [
  'displayName',
  'role',
  'active',
  'givenName',
  'middleName',
  'familyName',
  'sex',
  'birthDate',
  'phone',
  'email',
  'barangay',
  'city',
  'country',
  'nationality',
  'idNumbers',
  'notes',
  'personId',
  'relatedPersonId',
  'relationship',
  'reference',
  'clientId',
  'clientRole',
  'ofwId',
  'categories',
  'status',
  'urgency',
  'channel',
  'description',
  'assignedTo',
  'openedAt',
  'closedAt',
  'outcome',
  'ofwDetails',
  'migrantDetails',
  'caseId',
  'type',
  'at',
  'text',
  'partnerId',
  'documentsSent',
  'dueAt',
  'doneAt',
  'purpose',
  'legalBasis',
  'givenAt',
  'takenBy',
  'withdrawnAt',
  'note',
  'title',
  'startsAt',
  'endsAt',
  'venue',
  'onlineUrl',
  'facilitators',
  'language',
  'capacity',
  'registrationCode',
  'checkedInAt',
  'destination',
  'occupation',
  'certificateNumber',
  'name',
  'latitude',
  'longitude',
  'languages',
  'sectors',
  'servicesOffered',
  'contacts',
  'engagement',
  'observations',
  'eligibility',
  'documents',
  'fees',
  'processingTime',
  'steps',
  'howToApply',
  'contact',
  'verificationStatus',
  'lastVerifiedAt',
  'deletedAt',
] as const;
export type LabelledField = (typeof LABELLED_FIELDS)[number];

export const isLabelled = (field: string): field is LabelledField =>
  (LABELLED_FIELDS as readonly string[]).includes(field);

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ValueWords {
  empty: string;
  yes: string;
  no: string;
}

/** How the items of one value are named: an id as its label, an object's keys as field names. */
export interface ValueLabels {
  /** The label of one stored item (an id, a code); the item itself when unknown. */
  item?: (item: string) => string;
  /** The name of an object's key and how that key's items are labelled. */
  entry?: (key: string) => { name: string; labels: ValueLabels };
}

/** A stored value as the officer reads it. */
export function formatConflictValue(
  language: string,
  value: unknown,
  words: ValueWords,
  labels: ValueLabels = {},
): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return formatNumber(language, value);
  if (typeof value === 'string') {
    if (labels.item) return labels.item(value);
    if (DATE_TIME.test(value)) return formatDateTime(language, value);
    if (DATE.test(value)) return formatDate(language, value);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return words.empty;
    return formatList(
      language,
      value.map((item) => formatConflictValue(language, item, words, labels)),
    );
  }
  const parts = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => {
      const entry = labels.entry?.(k);
      return `${entry?.name ?? k}: ${formatConflictValue(language, v, words, entry?.labels)}`;
    });
  return parts.length > 0 ? parts.join('; ') : words.empty;
}
