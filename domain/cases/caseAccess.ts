// What a staff member may see of a case. A clerk does intake, registration and check-in: of a
// case about health, legal matters or abuse they see that it exists, its reference, status,
// urgency, people and dates, but not what happened (the description, the timeline's notes,
// referrals and contacts, the outcome, consent notes) nor the sensitive categories themselves.
// The rule is applied twice: the database layer never decrypts those fields for such a role
// (renderer/db/readPolicy.ts, with the field lists below), and where a case is read
// (renderer/features/cases) the rest is left out, so no screen can forget it.
import { PRESETS } from '../presets';
import type { StaffRole } from '../records/desk';
import { roleMay } from '../roles';

/**
 * Categories of both presets (domain/presets) whose details are health, legal or abuse matters:
 * the sensitive personal information of the Data Privacy Act and GDPR art. 9.
 */
export const RESTRICTED_CATEGORIES = {
  health: ['healthCareAccess', 'illnessInjury', 'psychosocialSupport', 'healthCare'],
  legal: [
    'legalAssistance',
    'illegalRecruitment',
    'detentionAbroad',
    'legalAid',
    'asylumProtection',
  ],
  abuse: ['abuse', 'genderBasedViolence', 'discrimination'],
} as const;

const RESTRICTED: ReadonlySet<string> = new Set(Object.values(RESTRICTED_CATEGORIES).flat());

export function isRestrictedCategory(category: string): boolean {
  return RESTRICTED.has(category);
}

/** A case with at least one health, legal or abuse category. */
export function isRestrictedCase(categories: readonly string[]): boolean {
  return categories.some(isRestrictedCategory);
}

/** Whether this role reads the details of the case; no role (no one signed in) reads none. */
export function seesCaseDetails(role: StaffRole | undefined, categories: readonly string[]) {
  return !isRestrictedCase(categories) || roleMay(role, 'seeRestrictedDetails');
}

/**
 * The fields of a restricted case's records that a role without `seeRestrictedDetails` never
 * reads: the database layer does not decrypt them for such a session (renderer/db/readPolicy.ts).
 * Events and consents belong to a case by `caseId`.
 */
export const RESTRICTED_DETAIL_FIELDS = {
  cases: ['description', 'outcome'],
  caseEvents: ['text', 'documentsSent', 'fromOutcome'],
  consents: ['note'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The fields that say a person's immigration or legal status, on any case: `seeLegalStatus`
 * reads them. Besides the administrative status itself, the document type says it (an asylum
 * seeker's document, a residence card, none) and so does an OFW's deployment status
 * (undocumented abroad). Withheld whatever their value, so that a gap does not tell which.
 */
export const LEGAL_STATUS_FIELDS = [
  'migrantDetails.administrativeStatus',
  'migrantDetails.documentType',
  'ofwDetails.deploymentStatus',
] as const;

/** Client roles that state a legal status (DOMAIN.md §2: "refugee or asylum seeker"). */
export const LEGAL_STATUS_ROLES: readonly string[] = ['refugeeOrAsylumSeeker'];

/**
 * The client roles shown to a role without `seeLegalStatus`: those of a desk none of whose roles
 * states a legal status (the OFW desk). On a desk where one does (the migrant desk) every case's
 * role is withheld, not only the refugee's, since a gap on those cases alone would tell; so is a
 * role no preset knows.
 */
const ROLES_WITHOUT_LEGAL_STATUS: ReadonlySet<string> = new Set(
  Object.values(PRESETS)
    .filter((preset) => !preset.clientRoles.some((id) => LEGAL_STATUS_ROLES.includes(id)))
    .flatMap((preset) => preset.clientRoles),
);

/** Whether a case's client role may say the person's legal status (withheld from a clerk). */
export function clientRoleRevealsLegalStatus(clientRole: unknown): boolean {
  return typeof clientRole === 'string' && !ROLES_WITHOUT_LEGAL_STATUS.has(clientRole);
}

/** A case's client role as this role may see it: none where it may say a legal status. */
export function shownClientRole(role: StaffRole | undefined, clientRole: string | undefined) {
  return roleMay(role, 'seeLegalStatus') || !clientRoleRevealsLegalStatus(clientRole)
    ? clientRole
    : undefined;
}

/** Whether this role is shown the client roles of the desk (filters, report bars, the print). */
export function seesClientRoles(role: StaffRole | undefined, clientRoles: readonly string[]) {
  return roleMay(role, 'seeLegalStatus') || !clientRoles.some(clientRoleRevealsLegalStatus);
}

/** Whether this role reads a detail field of the person concerned (`ofwDetails.<id>`, …). */
export function seesDetailField(role: StaffRole | undefined, path: string): boolean {
  return (
    !(LEGAL_STATUS_FIELDS as readonly string[]).includes(path) || roleMay(role, 'seeLegalStatus')
  );
}

/**
 * Whether this role may move the case to another status (closing it writes its outcome): not a
 * clerk on a health, legal or abuse case, whose outcome and timeline they cannot read.
 */
export function mayChangeStatus(role: StaffRole | undefined, categories: readonly string[]) {
  return !isRestrictedCase(categories) || roleMay(role, 'changeRestrictedCase');
}

/** The categories this role is shown (the same list when they see the details). */
export function shownCategories<L extends readonly string[]>(
  role: StaffRole | undefined,
  categories: L,
): L | string[] {
  return seesCaseDetails(role, categories)
    ? categories
    : categories.filter((c) => !isRestrictedCategory(c));
}

interface CaseLike {
  categories: string[];
  description: string;
  outcome?: string | undefined;
}
interface EventLike {
  type: string;
  text?: string | undefined;
  fromOutcome?: string | undefined;
  documentsSent?: string | undefined;
}
interface ConsentLike {
  note?: string | undefined;
}

/**
 * Timeline entries a clerk still sees of a restricted case, without their text: where the case
 * stands and when someone will call. Notes, referrals (a partner named is itself a detail),
 * contact attempts and consent overrides are left out.
 */
const OUTLINE_EVENTS: ReadonlySet<string> = new Set([
  'statusChange',
  'followUpDue',
  'followUpDone',
]);

export interface CaseContent<C extends CaseLike, E extends EventLike, K extends ConsentLike> {
  record: C;
  events: E[];
  consents: K[];
}

/**
 * The case as this role may see it, and whether its details were held back. Pure: the caller
 * passes what it read and shows only what comes back.
 */
export function caseContentFor<C extends CaseLike, E extends EventLike, K extends ConsentLike>(
  role: StaffRole | undefined,
  content: CaseContent<C, E, K>,
): CaseContent<C, E, K> & { restricted: boolean } {
  const { record } = content;
  if (seesCaseDetails(role, record.categories)) return { ...content, restricted: false };
  return {
    record: {
      ...record,
      categories: record.categories.filter((c) => !isRestrictedCategory(c)),
      description: '',
      outcome: undefined,
    },
    events: content.events
      .filter((e) => OUTLINE_EVENTS.has(e.type))
      .map((e) => ({ ...e, text: undefined, fromOutcome: undefined, documentsSent: undefined })),
    consents: content.consents.map((c) => ({ ...c, note: undefined })),
    restricted: true,
  };
}

/** One timeline entry as this role may see it (for lists of entries from many cases). */
export function eventFor<E extends EventLike>(
  role: StaffRole | undefined,
  categories: readonly string[],
  event: E,
): E | undefined {
  if (seesCaseDetails(role, categories)) return event;
  if (!OUTLINE_EVENTS.has(event.type)) return undefined;
  return { ...event, text: undefined, fromOutcome: undefined, documentsSent: undefined };
}
