// What anonymising a record means, field by field. Removed: every field marked `sensitive()` in
// domain/records (nested ones included, e.g. a case's document number), and the fields that name
// or reach the person without being marked (names, phone, e-mail, barangay, free texts). Kept:
// what the statistics count — categories, dates, status, urgency, channel, countries, sex, the
// city, the officer, links between records. The report counts stay as they were: a case keeps
// the age group of its person at opening (`ageGroup`) before the birth date goes.
// A required text (a name, a case's description) cannot be empty, so it holds ANONYMISED_TEXT.
import { z } from 'zod';
import { ageGroup } from '../reports/contributions';
import { referenceTokens } from '../search/normalize';
import {
  caseEventSchema,
  caseSchema,
  consentSchema,
  personSchema,
  sensitiveFields,
} from '../records';

/** What a required personal text holds once anonymised: no name, no letter of one. */
export const ANONYMISED_TEXT = '—';

/** The tables whose records anonymising changes. */
export type AnonymisedTable = 'people' | 'cases' | 'caseEvents' | 'consents';

/** Fields removed though not marked sensitive: they name the person or may tell their story. */
const IDENTIFYING: Record<AnonymisedTable, readonly string[]> = {
  people: ['givenName', 'middleName', 'familyName', 'phone', 'email', 'barangay'],
  cases: ['outcome'],
  caseEvents: ['documentsSent', 'fromOutcome'],
  consents: [],
};

/** Required texts: replaced by ANONYMISED_TEXT rather than removed. */
const REQUIRED: Record<AnonymisedTable, readonly string[]> = {
  people: ['givenName', 'familyName'],
  cases: ['description'],
  caseEvents: [],
  consents: [],
};

const SCHEMAS = {
  people: personSchema,
  cases: caseSchema,
  caseEvents: caseEventSchema,
  consents: consentSchema,
} as const;

function objectShape(schema: z.ZodType): z.ZodObject | undefined {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault)
    current = current.unwrap() as z.ZodType;
  return current instanceof z.ZodObject ? current : undefined;
}

/** The sensitive fields of a schema, as paths ("ofwDetails.eRegistrationNumber"). */
export function sensitivePaths(schema: z.ZodObject, prefix = ''): string[] {
  const own = sensitiveFields(schema).map((name) => `${prefix}${name}`);
  const nested = Object.entries(schema.shape).flatMap(([name, field]) => {
    const inner = objectShape(field as z.ZodType);
    return inner ? sensitivePaths(inner, `${prefix}${name}.`) : [];
  });
  return [...own, ...nested];
}

/** Every field path anonymising removes (or replaces) in a table's records. */
export function anonymisedPaths(table: AnonymisedTable): string[] {
  return [...new Set([...sensitivePaths(SCHEMAS[table]), ...IDENTIFYING[table]])];
}

type Fields = Record<string, unknown>;

/**
 * A record's fields once anonymised (metadata untouched): the personal paths removed, required
 * texts replaced, `anonymisedAt` set (kept if it was set already), search tokens recomputed.
 */
export function anonymiseFields<T extends Fields>(
  table: AnonymisedTable,
  record: T,
  at: string,
): T {
  const out: Fields = { ...record };
  for (const path of anonymisedPaths(table)) {
    const [head, sub] = path.split('.') as [string, string | undefined];
    if (sub === undefined) {
      if (REQUIRED[table].includes(head)) out[head] = ANONYMISED_TEXT;
      else delete out[head];
    } else if (out[head] && typeof out[head] === 'object') {
      const inner = { ...(out[head] as Fields) };
      delete inner[sub];
      out[head] = inner;
    }
  }
  if (table === 'people') out.searchTokens = [];
  if (table === 'cases' && typeof out.reference === 'string')
    out.searchTokens = referenceTokens(out.reference);
  out.anonymisedAt = typeof record.anonymisedAt === 'string' ? record.anonymisedAt : at;
  return out as T;
}

/**
 * A case's age group at opening, from its person's birth date: what the statistics keep once the
 * birth date is gone. Undefined without a birth date (the report counts it as unknown).
 */
export function ageGroupAtOpening(
  birthDate: string | undefined,
  openedAt: string,
): ReturnType<typeof ageGroup> | undefined {
  if (!birthDate) return undefined;
  return ageGroup(birthDate, openedAt);
}
