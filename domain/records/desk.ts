// The desk's own settings and its staff.
import { z } from 'zod';
import { requiredText } from './meta';

export const LANGUAGES = ['en', 'fil', 'es', 'ca', 'ar'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const PRESET_IDS = ['ofw-ph', 'migrant'] as const;
export const presetIdSchema = z.enum(PRESET_IDS);
export type PresetId = z.infer<typeof presetIdSchema>;

/** What the first-run set-up asks, editable later in Settings. */
export const deskProfileSchema = z.object({
  municipality: requiredText(120),
  country: z.string().regex(/^[A-Z]{2}$/, { message: 'errors.country' }),
  deskName: requiredText(120),
  presetId: presetIdSchema,
  staffName: requiredText(120),
  language: languageSchema,
  /** Prefix of case reference numbers, e.g. LGZ in LGZ-2026-000123. */
  referencePrefix: z
    .string()
    .trim()
    .regex(/^[A-Z]{2,5}$/, { message: 'errors.referencePrefix' }),
});
export type DeskProfile = z.infer<typeof deskProfileSchema>;

export const settingsSchema = z.object({
  key: z.string().min(1),
  value: z.unknown(),
});

/** A clerk does intake, registration and check-in; 'officer' is a case officer; 'admin' the administrator. */
export const staffRoleSchema = z.enum(['clerk', 'officer', 'supervisor', 'admin']);
export const staffSchema = z.object({
  displayName: requiredText(120),
  role: staffRoleSchema,
  active: z.boolean(),
});
export type StaffRole = z.infer<typeof staffRoleSchema>;
