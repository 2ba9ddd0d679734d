// One zod schema per message of the sync protocol (DESIGN §5), shared by the server and the desk.
import { z } from 'zod';
import { FIELD_NAME, MAX_PULL_LIMIT, MAX_PUSH_MUTATIONS, SYNC_TABLES } from './protocol';

export const uuidSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'expected a UUID');

/** A sequence number of the server: 0 is "never synced". */
export const seqSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/**
 * A mutation's id is unique per desk and stable across retries. The desk makes it from its
 * outbox: `<outboxEntryId>:<recordId>` (see outbox.ts), so a bulk entry that names many records
 * pushes one mutation per record, and replaying any part of it is recognised record by record.
 */
export const mutationIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9:_-]+$/, 'letters, digits, ":", "_" and "-" only');

export const tableSchema = z.enum(SYNC_TABLES);

/** The changed fields of a record: a field set to null is unset (an optional field cleared). */
export const fieldsSchema = z.record(
  z.string().regex(FIELD_NAME, 'not a field name'),
  z.json().nullable(),
);
export type Fields = z.infer<typeof fieldsSchema>;

export const mutationSchema = z
  .object({
    mutationId: mutationIdSchema,
    table: tableSchema,
    id: uuidSchema,
    /** `delete` is a tombstone: its fields carry `deletedAt`. Nothing is ever hard-deleted. */
    op: z.enum(['put', 'delete']),
    fields: fieldsSchema,
    /** The record's serverSeq on the desk when it was changed there (0: created there). */
    baseSeq: seqSchema,
    /** Conflicts of this record that this change settles (the reviewer's choice). */
    resolves: z.array(uuidSchema).max(100).optional(),
  })
  .refine((m) => m.op !== 'delete' || typeof m.fields.deletedAt === 'string', {
    message: 'a delete carries fields.deletedAt',
    path: ['fields', 'deletedAt'],
  });
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z
  .object({ mutations: z.array(mutationSchema).min(1).max(MAX_PUSH_MUTATIONS) })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.mutations.forEach((m, i) => {
      if (seen.has(m.mutationId)) {
        ctx.addIssue({
          code: 'custom',
          message: 'repeated in this batch',
          path: ['mutations', i, 'mutationId'],
        });
      }
      seen.add(m.mutationId);
    });
  });
export type PushRequest = z.infer<typeof pushRequestSchema>;

/**
 * What the server did with one mutation. Stored with the mutation, so that a replay answers
 * exactly as the first push did. `seq` is the record's seq after it (a mutation that changed
 * nothing takes none). The desk does not take it as the record's serverSeq: only a pull does,
 * since changes of other desks may lie between its baseSeq and this seq.
 */
export const mutationResultSchema = z.object({
  mutationId: mutationIdSchema,
  status: z.enum(['applied', 'unchanged']),
  seq: seqSchema,
  /** Fields whose other value went to the conflicts table (someone changed them after baseSeq). */
  conflicts: z.array(z.string()),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({ results: z.array(mutationResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** `GET /v1/pull?since=SEQ&limit=N`: query strings are text, so numbers are coerced. */
export const pullQuerySchema = z.object({
  since: z.coerce.number().pipe(seqSchema).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(500),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

/** The longest a `GET /v1/pull/wait` holds the request before answering "nothing new". */
export const MAX_PULL_WAIT_SECONDS = 25;

/**
 * `GET /v1/pull/wait?after=SEQ&timeout=S`: answers at once when the tenant has records after the
 * cursor, otherwise when a push for the tenant commits, or after `timeout` seconds. Not a
 * protocol version of its own: a server without it answers 404, and the desk then keeps to its
 * scheduled syncs.
 */
export const pullWaitQuerySchema = z.object({
  after: z.coerce.number().pipe(seqSchema).default(0),
  timeout: z.coerce.number().int().min(1).max(MAX_PULL_WAIT_SECONDS).default(MAX_PULL_WAIT_SECONDS),
});
export type PullWaitQuery = z.infer<typeof pullWaitQuerySchema>;

/** `changed`: there is something to pull after the cursor (false: the wait timed out). */
export const pullWaitResponseSchema = z.object({ changed: z.boolean() });
export type PullWaitResponse = z.infer<typeof pullWaitResponseSchema>;

/** A record's current state. A tombstone is a record whose fields.deletedAt is set. */
export const pulledRecordSchema = z.object({
  table: tableSchema,
  id: uuidSchema,
  seq: seqSchema,
  fields: z.record(z.string(), z.json()),
});
export type PulledRecord = z.infer<typeof pulledRecordSchema>;

export const deskRefSchema = z.object({ deskId: uuidSchema, deskName: z.string() });

/**
 * Two desks changed the same field of a record from the same base: `storedValue` is what the
 * record holds (server order decided), `otherValue` the one it replaced, for a person to review.
 */
export const conflictSchema = z.object({
  id: uuidSchema,
  table: tableSchema,
  recordId: uuidSchema,
  field: z.string(),
  storedValue: z.json().nullable(),
  otherValue: z.json().nullable(),
  storedBy: deskRefSchema,
  otherBy: deskRefSchema,
  /** When the replaced value had been pushed, and when the conflict arose. */
  otherAt: z.string(),
  createdAt: z.string(),
  /** Set once a desk settled it (a mutation with `resolves`); the desk then drops it. */
  resolvedAt: z.string().nullable(),
  seq: seqSchema,
});
export type Conflict = z.infer<typeof conflictSchema>;

/**
 * A page of changes. `nextCursor` is the `since` of the next page; the desk stores it with the
 * page in one transaction. Conflicts whose seq falls in this page's window come with it (only
 * open ones on a first pull, since=0).
 */
export const pullResponseSchema = z.object({
  records: z.array(pulledRecordSchema),
  conflicts: z.array(conflictSchema),
  nextCursor: seqSchema,
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** `GET /v1/session`: what "Test connection" shows. */
export const sessionResponseSchema = z.object({
  tenantId: uuidSchema,
  tenantName: z.string(),
  country: z.string().nullable(),
  deskId: uuidSchema,
  deskName: z.string(),
  protocol: z.object({ current: z.number().int(), oldest: z.number().int() }),
  serverTime: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** Every error answer. `reason` is stable for the desk to translate; `issues` name the field path. */
export const errorResponseSchema = z.object({
  error: z.string(),
  reason: z.string().optional(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  protocol: z.object({ current: z.number().int(), oldest: z.number().int() }).optional(),
  /** A refused reference prefix (409 prefixTaken): the name of the desk that holds it. */
  heldBy: z.string().optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** A case reference prefix, as the desk profile allows it (reference LGA-2026-000123). */
export const referencePrefixSchema = z
  .string()
  .regex(/^[A-Z]{2,5}$/, 'two to five capital letters');

/**
 * `PUT /v1/desk/prefix` (protocol 2): this desk numbers its cases under `prefix`. The server
 * answers 409 (reason prefixTaken, heldBy) when another desk of the municipality holds it.
 */
export const prefixClaimRequestSchema = z.object({ prefix: referencePrefixSchema });
export type PrefixClaimRequest = z.infer<typeof prefixClaimRequestSchema>;

export const prefixClaimResponseSchema = z.object({
  prefix: referencePrefixSchema,
  deskId: uuidSchema,
  /** Every prefix this desk holds, the one just claimed included, oldest first. */
  prefixes: z.array(referencePrefixSchema),
});
export type PrefixClaimResponse = z.infer<typeof prefixClaimResponseSchema>;
