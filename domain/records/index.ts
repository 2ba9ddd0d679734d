// The record schemas of every table that the single write path writes (docs/architecture.md).
import type { z } from 'zod';
import { settingsSchema, staffSchema } from './desk';
import { householdLinkSchema, personSchema } from './people';
import { caseEventSchema, caseSchema, consentSchema } from './cases';
import { attendanceSchema, seminarSchema } from './seminars';
import { serviceSchema, stakeholderLinkSchema, stakeholderSchema } from './stakeholders';
import type { RecordMeta } from './meta';

export const recordSchemas = {
  settings: settingsSchema,
  staff: staffSchema,
  people: personSchema,
  households: householdLinkSchema,
  cases: caseSchema,
  caseEvents: caseEventSchema,
  consents: consentSchema,
  seminars: seminarSchema,
  attendance: attendanceSchema,
  stakeholders: stakeholderSchema,
  stakeholderLinks: stakeholderLinkSchema,
  services: serviceSchema,
} as const;

export type RecordTable = keyof typeof recordSchemas;
export const RECORD_TABLES = Object.keys(recordSchemas) as RecordTable[];

/** The fields a caller provides for a table (before defaults are applied). */
export type RecordInput<T extends RecordTable> = z.input<(typeof recordSchemas)[T]>;
/** A record as stored: its validated fields plus the metadata. */
export type StoredRecord<T extends RecordTable> = z.output<(typeof recordSchemas)[T]> & RecordMeta;

export * from './meta';
export * from './desk';
export * from './people';
export * from './cases';
export * from './seminars';
export * from './stakeholders';
