// Cases, their timeline and the consents behind them.
import { z } from 'zod';
import { AGE_GROUPS } from '../reports/contributions';
import { isoDate, isoDateTime, optionalText, requiredText, sensitive } from './meta';

/**
 * When retention anonymised the record (domain/retention): its personal fields are gone for good,
 * and a pulled copy never brings them back (renderer/sync/applyPull.ts).
 */
export const anonymisedAt = isoDateTime.optional();

/** The longest description a case holds (characters, after trimming). */
export const DESCRIPTION_MAX = 8000;

export const urgencySchema = z.enum(['low', 'normal', 'high', 'critical']);
export const channelSchema = z.enum(['walkIn', 'phone', 'email', 'socialMedia', 'referralIn']);

export const ofwDetailsSchema = z.object({
  destinationCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** Where abroad, e.g. Riyadh: the Migrant Workers Office and the embassy depend on it. */
  destinationCity: optionalText(120),
  occupation: optionalText(120),
  employer: optionalText(200),
  recruitmentAgency: optionalText(200),
  agencyLicensed: z.enum(['yes', 'no', 'unknown']).optional(),
  deploymentStatus: z.string().optional(),
  contractStart: isoDate.optional(),
  contractEnd: isoDate.optional(),
  owwaMember: z.enum(['yes', 'no', 'unknown']).optional(),
  eRegistrationNumber: sensitive(optionalText(60)),
});

export const migrantDetailsSchema = z.object({
  countryOfOrigin: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  arrivalDate: isoDate.optional(),
  administrativeStatus: sensitive(z.string().optional()),
  documentType: z.string().optional(),
  documentNumber: sensitive(optionalText(60)),
  languagesSpoken: optionalText(200),
  municipalRegister: z.enum(['yes', 'no', 'unknown']).optional(),
});

export const caseSchema = z.object({
  /** Generated sample data: shown as such and removable in one step. Never synced. */
  sample: z.boolean().optional(),
  reference: z.string().regex(/^[A-Z]{2,5}-\d{4}-\d{6}$/),
  clientId: z.string().min(1),
  clientRole: z.string().min(1),
  ofwId: z.string().optional(),
  categories: z.array(z.string()).min(1, { message: 'errors.categoryRequired' }),
  status: z.string().min(1),
  urgency: urgencySchema,
  channel: channelSchema,
  description: sensitive(requiredText(DESCRIPTION_MAX)),
  assignedTo: z.string().optional(),
  openedAt: isoDateTime,
  closedAt: isoDateTime.optional(),
  outcome: optionalText(200),
  ofwDetails: ofwDetailsSchema.default({}),
  migrantDetails: migrantDetailsSchema.default({}),
  searchTokens: z.array(z.string()).default([]),
  anonymisedAt,
  /** The age group of the case's person at opening, kept when retention removes the birth date. */
  ageGroup: z.enum([...AGE_GROUPS, 'unknown']).optional(),
});

export const caseEventTypeSchema = z.enum([
  'note',
  'statusChange',
  'referral',
  'referralResponse',
  'followUpDue',
  'followUpDone',
  'contactAttempt',
  'consentOverride',
]);
export const caseEventSchema = z.object({
  /** Generated sample data: shown as such and removable in one step. Never synced. */
  sample: z.boolean().optional(),
  caseId: z.string().min(1),
  type: caseEventTypeSchema,
  at: isoDateTime,
  text: sensitive(optionalText(8000)),
  fromStatus: z.string().optional(),
  toStatus: z.string().optional(),
  /**
   * A status change keeps the closing date and outcome the case had before it (a re-open clears
   * them), so that undoing the change gives the case back exactly as it was.
   */
  fromClosedAt: isoDateTime.optional(),
  fromOutcome: optionalText(200),
  partnerId: z.string().optional(),
  documentsSent: optionalText(1000),
  dueAt: isoDateTime.optional(),
  doneAt: isoDateTime.optional(),
  relatedEventId: z.string().optional(),
  anonymisedAt,
});

export const consentPurposeSchema = z.enum([
  'caseHandling',
  'referral',
  'followUpContact',
  'statistics',
  'seminarRecords',
]);
export const legalBasisSchema = z.enum([
  'consent',
  'vitalInterest',
  'legalObligation',
  'publicTask',
]);
export const consentSchema = z.object({
  /** Generated sample data: shown as such and removable in one step. Never synced. */
  sample: z.boolean().optional(),
  personId: z.string().min(1),
  caseId: z.string().optional(),
  purpose: consentPurposeSchema,
  legalBasis: legalBasisSchema,
  /** For a referral: the partner this consent names. */
  partnerId: z.string().optional(),
  givenAt: isoDateTime,
  takenBy: z.string().min(1),
  withdrawnAt: isoDateTime.optional(),
  note: sensitive(optionalText(1000)),
  anonymisedAt,
});
