// Stakeholders (diaspora, civil society, agencies), the links between them, and the
// government services a client can use.
import { z } from 'zod';
import {
  ENGAGEMENT_LEVELS,
  LINK_TYPES,
  SECTORS,
  STAKEHOLDER_TYPES,
} from '../stakeholders/taxonomy';
import { handoutsSchema } from './handout';
import { isoDate, isoDateTime, optionalText, requiredText } from './meta';

const countryCode = z.string().regex(/^[A-Z]{2}$/, { message: 'errors.country' });

export const contactPersonSchema = z.object({
  name: requiredText(120),
  role: optionalText(120),
  phone: optionalText(40),
  email: z.email({ message: 'errors.email' }).optional(),
});

export const observationSchema = z.object({
  date: isoDate,
  /** The needs of OFWs the stakeholder reports, in the desk's words. */
  text: requiredText(2000),
});

/** Where a stakeholder imported from the public catalogue came from. */
export const catalogueSourceSchema = z.object({
  /** The catalogue entry's id and the municipality that shared it. */
  entryId: z.string().min(1).max(100),
  tenantId: z.string().min(1).max(100),
  municipality: requiredText(200),
  country: countryCode.optional(),
  importedAt: isoDateTime,
});
export type CatalogueSource = z.infer<typeof catalogueSourceSchema>;

export const stakeholderSchema = z
  .object({
    name: requiredText(200),
    type: z.enum(STAKEHOLDER_TYPES, { message: 'errors.required' }),
    country: countryCode.optional(),
    city: optionalText(120),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    /** ISO 639 codes; names come from Intl in the reader's language. */
    languages: z.array(z.string()).default([]),
    sectors: z.array(z.enum(SECTORS)).default([]),
    servicesOffered: z.array(z.string().trim().min(1).max(200)).default([]),
    contacts: z.array(contactPersonSchema).default([]),
    engagement: z.enum(ENGAGEMENT_LEVELS).default('none'),
    observations: z.array(observationSchema).default([]),
    notes: optionalText(4000),
    /** The preset referral partner this stakeholder stands for, e.g. "owwa". */
    presetPartnerId: z.string().optional(),
    /** Published to the public catalogue (the organisation only: never notes or contacts). */
    shareWithCatalogue: z.boolean().optional(),
    /** Set when the stakeholder was imported from another municipality's shared entry. */
    catalogueSource: catalogueSourceSchema.optional(),
  })
  // A point needs both halves; one alone would put the stakeholder on the equator or meridian.
  .refine((s) => (s.latitude === undefined) === (s.longitude === undefined), {
    message: 'stakeholders:errors.coordinatesPair',
    path: ['longitude'],
  });
export type Stakeholder = z.infer<typeof stakeholderSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type ContactPerson = z.infer<typeof contactPersonSchema>;

export const stakeholderLinkSchema = z
  .object({
    fromId: z.string().min(1),
    toId: z.string().min(1),
    type: z.enum(LINK_TYPES),
    note: optionalText(1000),
    since: isoDate.optional(),
  })
  .refine((link) => link.fromId !== link.toId, { message: 'errors.selfLink', path: ['toId'] });
export type StakeholderLink = z.infer<typeof stakeholderLinkSchema>;

export const verificationStatusSchema = z.enum(['toVerify', 'verified']);
export type VerificationStatus = z.infer<typeof verificationStatusSchema>;

export const serviceSchema = z.object({
  name: requiredText(200),
  agencyId: z.string().optional(),
  /** The preset partner the agency stands for (e.g. "owwa"), so a starter service finds its
   *  agency even when the stakeholder is added after the service. */
  agencyPresetId: z.string().optional(),
  /** The agency's public mandate, in a sentence, for the officer explaining where to go. */
  agencyMandate: optionalText(1000),
  eligibility: optionalText(2000),
  documents: z.array(z.string()).default([]),
  fees: optionalText(500),
  processingTime: optionalText(200),
  steps: z.array(z.string()).default([]),
  howToApply: optionalText(2000),
  contact: optionalText(500),
  languages: z.array(z.string()).default([]),
  lastVerifiedAt: isoDate.optional(),
  /** Starter entries ship as "to be verified by the desk" until an officer checks them. */
  verificationStatus: verificationStatusSchema.default('toVerify'),
  categories: z.array(z.string()).default([]),
  /** Handout text per language, where the desk has it. */
  content: handoutsSchema.default({}),
  /** The starter-set entry this service came from, so that seeding never adds it twice. */
  starterId: z.string().optional(),
});
