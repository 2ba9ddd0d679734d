// Checks a mutation's field values against the record schemas of domain/records, field by field
// (a mutation carries only the fields that changed). What one desk pushes, every other desk of
// the municipality pulls and stores: a value its schema refuses must stop at the server.
import type { z } from 'zod';
import { recordMeta, recordSchemas } from '../records';
import type { Fields } from './messages';
import { LOCAL_ONLY_FIELDS, type SyncTable } from './protocol';

export interface FieldIssue {
  path: string;
  message: string;
}

const metaShape = recordMeta.shape as Record<string, z.ZodType>;

function fieldSchema(table: SyncTable, field: string): z.ZodType | undefined {
  const shape = recordSchemas[table].shape as Record<string, z.ZodType>;
  return Object.hasOwn(shape, field) ? shape[field] : metaShape[field];
}

/**
 * The problems of a mutation's fields, with paths relative to the mutation. A field this
 * version does not know is accepted and kept (a newer desk may add fields before the server is
 * updated); null unsets an optional field.
 */
export function checkFields(table: SyncTable, fields: Fields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const path = `fields.${name}`;
    if ((LOCAL_ONLY_FIELDS as readonly string[]).includes(name)) {
      issues.push({ path, message: 'set by the server or the desk, never pushed' });
      continue;
    }
    const schema = fieldSchema(table, name);
    if (!schema) continue;
    if (value === null && (schema.safeParse(null).success || schema.safeParse(undefined).success))
      continue;
    const result = schema.safeParse(value);
    if (!result.success) {
      const first = result.error.issues[0];
      const sub = first && first.path.length > 0 ? `.${first.path.join('.')}` : '';
      const message = value === null ? 'required: cannot be unset' : (first?.message ?? 'invalid');
      issues.push({ path: `${path}${sub}`, message });
    }
  }
  return issues;
}
