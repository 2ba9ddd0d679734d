// The server's field-by-field merge (DESIGN §5), pure so that it is tested without a database.
// Per record the server keeps, for each field, the seq (and desk) of its last change: that is
// what answers "did someone else change this field after the pusher's baseSeq?".
import type { Fields } from './messages';

type Json = Fields[string];

/** A field's last change: the seq it was written at, by which desk, when (ms since epoch). */
export type FieldChange = [seq: number, deskId: string, at: number];

export interface MergedRecord {
  fields: Record<string, Json>;
  changes: Record<string, FieldChange>;
  seq: number;
}

export interface ConflictDraft {
  field: string;
  /** The value now stored: the later change in server order. */
  storedValue: Json;
  /** The value it replaced, kept for a person to review. */
  otherValue: Json;
  otherDeskId: string;
  otherSeq: number;
  otherAt: number;
}

export interface MergeOutcome {
  record: MergedRecord;
  changed: string[];
  conflicts: ConflictDraft[];
}

/**
 * Who last touched the record and when: every edit sets them, so two desks editing different
 * fields would always "conflict" on them. Server order decides them, without a review. Search
 * tokens are derived from other fields (names, phone, reference): a person reviews those
 * fields, and each desk recomputes the tokens of what it pulls (renderer/sync/pulledTokens.ts).
 */
export const UNREVIEWED_FIELDS: readonly string[] = ['updatedAt', 'updatedBy', 'searchTokens'];

/** JSON text with object keys sorted: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface MergeInput {
  fields: Fields;
  baseSeq: number;
  deskId: string;
  /** The seq this mutation takes if it changes anything. */
  seq: number;
  at: number;
  /** A mutation that settles conflicts counts as a change even when its values are the same. */
  force?: boolean;
}

/**
 * Applies one mutation to a record's stored state (undefined: a new record). A field whose value
 * is unchanged is not a change. A changed field that another desk changed after `baseSeq` is a
 * conflict: the incoming value is stored (it is later in server order) and the value it
 * replaces is returned for the conflicts table. Nothing is dropped.
 */
export function mergeMutation(current: MergedRecord | undefined, input: MergeInput): MergeOutcome {
  const fields = { ...(current?.fields ?? {}) };
  const changes = { ...(current?.changes ?? {}) };
  const changed: string[] = [];
  const conflicts: ConflictDraft[] = [];
  for (const [field, value] of Object.entries(input.fields)) {
    const old = fields[field];
    if (canonicalJson(old) === canonicalJson(value)) continue;
    const last = changes[field];
    if (
      last &&
      last[0] > input.baseSeq &&
      last[1] !== input.deskId &&
      !UNREVIEWED_FIELDS.includes(field)
    ) {
      conflicts.push({
        field,
        storedValue: value,
        otherValue: old ?? null,
        otherDeskId: last[1],
        otherSeq: last[0],
        otherAt: last[2],
      });
    }
    fields[field] = value;
    changes[field] = [input.seq, input.deskId, input.at];
    changed.push(field);
  }
  const touched = changed.length > 0 || input.force === true;
  return {
    record: { fields, changes, seq: touched ? input.seq : (current?.seq ?? 0) },
    changed,
    conflicts,
  };
}
