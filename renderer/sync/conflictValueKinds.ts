// What a conflict's stored value stands for, so that "Needs review" says it the way the case,
// person and seminar screens do: a status id is a preset label, a clientId a person's name, a
// country code a country's name, an urgency a translated word.

/** A label that lives at `<ns>:<prefix>.<id>` in the locales (the screens' own keys). */
export interface KeyedKind {
  kind: 'key';
  ns: string;
  prefix: string;
}

export type ValueKind =
  | KeyedKind
  | { kind: 'preset'; group: 'categories' | 'clientRoles' | 'statuses' | 'seminarTypes' }
  | { kind: 'country' }
  | { kind: 'language' }
  | { kind: 'person' }
  | { kind: 'staff' }
  | { kind: 'stakeholder' }
  | { kind: 'seminar' }
  /** ofwDetails / migrantDetails: the preset's detail fields, each with its own label. */
  | { kind: 'details' };

const key = (ns: string, prefix: string): KeyedKind => ({ kind: 'key', ns, prefix });

/** Fields that mean the same in every table. */
const ANY_TABLE: Record<string, ValueKind> = {
  country: { kind: 'country' },
  nationality: { kind: 'country' },
  destination: { kind: 'country' },
  personId: { kind: 'person' },
  relatedPersonId: { kind: 'person' },
  clientId: { kind: 'person' },
  ofwId: { kind: 'person' },
  assignedTo: { kind: 'staff' },
  takenBy: { kind: 'staff' },
  partnerId: { kind: 'stakeholder' },
  agencyId: { kind: 'stakeholder' },
  seminarId: { kind: 'seminar' },
  languages: { kind: 'language' },
  sex: key('people', 'sex'),
  relationship: key('cases', 'relationships'),
  urgency: key('cases', 'urgency'),
  channel: key('cases', 'channel'),
  purpose: key('cases', 'consent.purposes'),
  legalBasis: key('cases', 'consent.basis'),
  clientRole: { kind: 'preset', group: 'clientRoles' },
  fromStatus: { kind: 'preset', group: 'statuses' },
  toStatus: { kind: 'preset', group: 'statuses' },
  ofwDetails: { kind: 'details' },
  migrantDetails: { kind: 'details' },
  engagement: key('stakeholders', 'engagement'),
  sectors: key('stakeholders', 'sectors'),
  verificationStatus: key('services', 'status'),
};

/** Fields whose meaning depends on the table (a case's status is not an attendance's). */
const BY_TABLE: Record<string, Record<string, ValueKind>> = {
  cases: {
    status: { kind: 'preset', group: 'statuses' },
    categories: { kind: 'preset', group: 'categories' },
  },
  services: { categories: { kind: 'preset', group: 'categories' } },
  caseEvents: { type: key('audit', 'eventTypes') },
  seminars: {
    type: { kind: 'preset', group: 'seminarTypes' },
    language: key('common', 'languages'),
  },
  attendance: { status: key('seminars', 'export.status') },
  stakeholders: { type: key('stakeholders', 'types') },
  stakeholderLinks: {
    type: key('stakeholders', 'linkTypes.outgoing'),
    fromId: { kind: 'stakeholder' },
    toId: { kind: 'stakeholder' },
  },
};

/** How the field's value is labelled; undefined for free text, numbers and dates. */
export function valueKindOf(table: string, field: string): ValueKind | undefined {
  return BY_TABLE[table]?.[field] ?? ANY_TABLE[field];
}

/** The record ids a value names (a person, a stakeholder, a seminar), to be read as names. */
export function referencedIds(kind: ValueKind | undefined, value: unknown): string[] {
  if (!kind || !['person', 'stakeholder', 'seminar'].includes(kind.kind)) return [];
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  return items.filter((item): item is string => typeof item === 'string' && item !== '');
}
