// Stakeholders (diaspora, civil society, agencies), the links between them, and the
// government services a client can use (DOMAIN §1).
import { z } from 'zod';
import { isoDate, optionalText, requiredText } from './meta';

export const contactPersonSchema = z.object({
  name: requiredText(120),
  role: optionalText(120),
  phone: optionalText(40),
  email: z.email().optional(),
});

export const stakeholderSchema = z.object({
  name: requiredText(200),
  type: z.string().min(1),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  city: optionalText(120),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  languages: z.array(z.string()).default([]),
  sectors: z.array(z.string()).default([]),
  servicesOffered: z.array(z.string()).default([]),
  contacts: z.array(contactPersonSchema).default([]),
  engagement: z.enum(['none', 'aware', 'engaged', 'partner']).default('none'),
  observations: z.array(z.object({ date: isoDate, text: requiredText(2000) })).default([]),
  notes: optionalText(4000),
  /** The preset referral partner this stakeholder stands for, e.g. "owwa". */
  presetPartnerId: z.string().optional(),
});

export const stakeholderLinkSchema = z
  .object({
    fromId: z.string().min(1),
    toId: z.string().min(1),
    type: z.enum(['partnerOf', 'memberOf', 'funds', 'refersTo', 'coordinatesWith']),
    note: optionalText(1000),
    since: isoDate.optional(),
  })
  .refine((link) => link.fromId !== link.toId, { message: 'errors.selfLink', path: ['toId'] });

export const serviceSchema = z.object({
  name: requiredText(200),
  agencyId: z.string().optional(),
  eligibility: optionalText(2000),
  documents: z.array(z.string()).default([]),
  fees: optionalText(500),
  processingTime: optionalText(200),
  steps: z.array(z.string()).default([]),
  howToApply: optionalText(2000),
  contact: optionalText(500),
  languages: z.array(z.string()).default([]),
  lastVerifiedAt: isoDate.optional(),
  categories: z.array(z.string()).default([]),
  /** Handout text per language, where the desk has it. */
  content: z.record(z.string(), z.string()).default({}),
});
