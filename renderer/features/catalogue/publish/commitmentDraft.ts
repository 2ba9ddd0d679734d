// The commitment form's values and the catalogue's commitment: empty text becomes "not given",
// the protocol's own schema checks it, and each problem becomes a message key in the officer's
// language (the schema's own messages are for the server's log).
import { commitmentSchema, type Commitment } from '../../../../domain/sync';
import type { CommitmentDraft } from '../../../sync';

export const EMPTY_DRAFT: CommitmentDraft = {
  title: '',
  summary: '',
  city: '',
  country: null,
  submitter: '',
  partners: [],
  themes: [],
  gcmObjectives: [],
  sdgs: [],
  stakeholderType: '',
  geographicRelevance: '',
  startsOn: '',
  endsOn: '',
  contact: '',
};

/** A new draft for the desk's municipality. */
export function firstDraft(desk: { municipality: string; country: string }): CommitmentDraft {
  return { ...EMPTY_DRAFT, city: desk.municipality, country: desk.country };
}

export type DraftField = keyof CommitmentDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const DATE_FIELDS = new Set<string>(['startsOn', 'endsOn']);

/** The message key of a schema problem with a field. */
function errorKey(field: string, code: string): string {
  if (DATE_FIELDS.has(field)) return 'publish:errors.date';
  if (field === 'country') return 'errors.country';
  if (code === 'too_small') return 'errors.required';
  if (code === 'too_big') return 'errors.tooLong';
  return 'errors.invalid';
}

/**
 * The commitment the catalogue receives, or the problems of each field. `sharedOn` is the day
 * the municipality first published it.
 */
export function commitmentOfDraft(
  draft: CommitmentDraft,
  sharedOn: string,
): { ok: true; commitment: Commitment } | { ok: false; errors: DraftErrors } {
  const parsed = commitmentSchema.safeParse({
    title: draft.title,
    summary: draft.summary.trim(),
    city: orNull(draft.city),
    country: draft.country || null,
    submitter: orNull(draft.submitter),
    sharedOn,
    partners: draft.partners.map((p) => p.trim()).filter(Boolean),
    themes: draft.themes.map((p) => p.trim()).filter(Boolean),
    gcmObjectives: [...draft.gcmObjectives].sort((a, b) => a - b),
    sdgs: [...draft.sdgs].sort((a, b) => a - b),
    stakeholderType: orNull(draft.stakeholderType),
    geographicRelevance: orNull(draft.geographicRelevance),
    startsOn: orNull(draft.startsOn),
    endsOn: orNull(draft.endsOn),
    contact: orNull(draft.contact),
  });
  const errors: DraftErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'title') as DraftField;
      errors[field] ??= errorKey(field, issue.code);
    }
    return { ok: false, errors };
  }
  const { startsOn, endsOn } = parsed.data;
  if (startsOn && endsOn && endsOn < startsOn) {
    return { ok: false, errors: { endsOn: 'publish:errors.endsBeforeStarts' } };
  }
  return { ok: true, commitment: parsed.data };
}
