// The public catalogue's messages (DOMAIN §5): commitments (the Mayors Mechanism pledge fields),
// stakeholders that desks chose to share, and each desk's published indicators.
import { z } from 'zod';
import { seqSchema, uuidSchema } from './messages';

const text = (max: number) => z.string().trim().min(1).max(max);
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 country code such as PH');
const isoDate = z.iso.date();

export const commitmentSchema = z.object({
  title: text(300),
  summary: z.string().trim().max(20_000).default(''),
  city: text(120).nullable().default(null),
  country: countryCode.nullable().default(null),
  submitter: text(200).nullable().default(null),
  sharedOn: isoDate.nullable().default(null),
  partners: z.array(text(200)).max(50).default([]),
  themes: z.array(text(100)).max(30).default([]),
  /** Objectives of the Global Compact for Migration, 1–23. */
  gcmObjectives: z.array(z.number().int().min(1).max(23)).max(23).default([]),
  sdgs: z.array(z.number().int().min(1).max(17)).max(17).default([]),
  stakeholderType: text(200).nullable().default(null),
  geographicRelevance: text(200).nullable().default(null),
  startsOn: isoDate.nullable().default(null),
  endsOn: isoDate.nullable().default(null),
  contact: text(500).nullable().default(null),
});
export type Commitment = z.infer<typeof commitmentSchema>;

/** What a desk shares of a stakeholder: the organisation, never its observations or notes. */
export const sharedStakeholderSchema = z.object({
  name: text(200),
  type: text(60),
  country: countryCode.nullable().default(null),
  city: text(120).nullable().default(null),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  languages: z.array(z.string().max(20)).max(50).default([]),
  sectors: z.array(z.string().max(60)).max(50).default([]),
  servicesOffered: z.array(text(200)).max(100).default([]),
  /** The organisation's public contact (an office, a website): no person's private data. */
  contact: text(500).nullable().default(null),
});
export type SharedStakeholder = z.infer<typeof sharedStakeholderSchema>;

/** A published count: a number of 5 or more, or "<5" (small counts could identify people). */
export const publishedCountSchema = z.union([z.number().int().min(5), z.literal('<5')]);
export type PublishedCount = z.infer<typeof publishedCountSchema>;
/** What a desk sends: any count; the server bands it before storing. */
export const countInputSchema = z.union([z.number().int().nonnegative(), z.literal('<5')]);

/** A count under 5 becomes "<5": that is what is stored and served, never the number. */
export function bandCount(count: number | '<5'): PublishedCount {
  return count === '<5' || count < 5 ? '<5' : count;
}

export const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, 'a quarter such as 2026-Q3');

const indicatorFigures = <C extends z.ZodType>(count: C) =>
  z.object({
    /** Inquiries by category (the desk preset's category ids). */
    inquiriesByCategory: z.record(z.string().min(1).max(60), count),
    seminarsHeld: count,
    seminarAttendees: count,
    stakeholdersMapped: count,
  });

export const indicatorsInputSchema = indicatorFigures(countInputSchema);
export const indicatorsSchema = indicatorFigures(publishedCountSchema);
export type Indicators = z.infer<typeof indicatorsSchema>;

/** The kinds of catalogue entries, each with its own data schema. */
export const CATALOGUE_KINDS = ['commitment', 'stakeholder', 'indicators'] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

/** Where an entry comes from: the municipality that published it (seed entries: none). */
export const publisherSchema = z.object({
  tenantId: uuidSchema,
  municipality: z.string(),
  country: z.string().nullable(),
});

const entryBase = {
  id: z.string(),
  seq: seqSchema,
  publisher: publisherSchema,
  updatedAt: z.string(),
  /** A withdrawn entry: desks following the catalogue remove their copy. */
  deleted: z.boolean(),
};

export const indicatorsEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('indicators'),
  data: indicatorsSchema.extend({ quarter: quarterSchema, deskName: z.string() }).nullable(),
});
export const commitmentEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('commitment'),
  data: commitmentSchema.nullable(),
});
export const stakeholderEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('stakeholder'),
  data: sharedStakeholderSchema.nullable(),
});
export const catalogueEntrySchema = z.discriminatedUnion('kind', [
  commitmentEntrySchema,
  stakeholderEntrySchema,
  indicatorsEntrySchema,
]);
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

/** `GET /v1/catalogue/commitments`: search, newest first, page by page. */
export const commitmentSearchSchema = z.object({
  q: z.string().trim().max(200).optional(),
  city: z.string().trim().max(120).optional(),
  country: countryCode.optional(),
  theme: z.string().trim().max(100).optional(),
  gcm: z.coerce.number().int().min(1).max(23).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CommitmentSearch = z.infer<typeof commitmentSearchSchema>;

export const commitmentSearchResultSchema = z.object({
  items: z.array(commitmentEntrySchema.extend({ indicators: z.array(indicatorsEntrySchema) })),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const stakeholderSearchSchema = z.object({
  q: z.string().trim().max(200).optional(),
  city: z.string().trim().max(120).optional(),
  country: countryCode.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const stakeholderSearchResultSchema = z.object({
  items: z.array(stakeholderEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** `GET /v1/catalogue/changes?since=SEQ&limit=N`: the catalogue's own cursor, for desks' copies. */
export const catalogueChangesQuerySchema = z.object({
  since: z.coerce.number().pipe(seqSchema).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export const catalogueChangesSchema = z.object({
  entries: z.array(catalogueEntrySchema),
  nextCursor: seqSchema,
  hasMore: z.boolean(),
});
