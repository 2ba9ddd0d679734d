// Field-level helpers of the write path: what is metadata, and which fields an edit changed.
import { META_FIELDS, type RecordMeta } from '../../domain/records';

export function stripMeta<T extends RecordMeta>(record: T): Omit<T, keyof RecordMeta> {
  const copy: Record<string, unknown> = { ...record };
  for (const key of META_FIELDS) delete copy[key];
  return copy as Omit<T, keyof RecordMeta>;
}

/** Names of the fields whose value differs (compared structurally). */
export function changedFields(before: object, after: object): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...keys].filter((key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]));
}
