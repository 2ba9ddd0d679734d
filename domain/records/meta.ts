// What every record in every table carries (docs/architecture.md), and the marker for fields that hold
// sensitive personal information, so that encryption at rest can be added in one place.
import { z } from 'zod';

export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();

export const recordMeta = z.object({
  id: z.string().regex(/^[0-9a-f-]{36}$/),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  updatedBy: z.string().min(1),
  deletedAt: isoDateTime.nullable(),
  serverSeq: z.number().int().nonnegative(),
  /**
   * The bulk write (an import, sample data) that created the record. Such a write appends one
   * audit entry and one outbox entry for all its records, both with this id
   * (docs/bulk-writes.md); a later edit looks the outbox entry up by it.
   */
  batchId: z.string().optional(),
});
export type RecordMeta = z.infer<typeof recordMeta>;
export const META_FIELDS = Object.keys(recordMeta.shape) as (keyof RecordMeta)[];

export const sensitiveRegistry = z.registry<{ sensitive: true }>();

/** Marks a field as sensitive personal information (RA 10173 §3(l), GDPR art. 9). */
export function sensitive<T extends z.ZodType>(schema: T): T {
  sensitiveRegistry.add(schema, { sensitive: true });
  return schema;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodDefault
  ) {
    if (sensitiveRegistry.has(current)) return current;
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** The names of the fields of an object schema that are marked sensitive. */
export function sensitiveFields(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => {
      const s = field as z.ZodType;
      return sensitiveRegistry.has(s) || sensitiveRegistry.has(unwrap(s));
    })
    .map(([name]) => name);
}

/** A short non-empty trimmed text; the message key is resolved in the user's language. */
export const requiredText = (max = 200) =>
  z.string().trim().min(1, { message: 'errors.required' }).max(max, { message: 'errors.tooLong' });
export const optionalText = (max = 2000) =>
  z.string().trim().max(max, { message: 'errors.tooLong' }).optional();
