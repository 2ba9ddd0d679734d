// What the intake form holds while the officer types, and how it becomes a case. Messages
// are i18n keys, resolved in the user's language next to each field.
import { z } from 'zod';
import type { DeskPreset } from '../presets/types';
import {
  channelSchema,
  consentPurposeSchema,
  legalBasisSchema,
  urgencySchema,
} from '../records/cases';
import { requiredText } from '../records/meta';

export const INTAKE_PURPOSES = [
  'caseHandling',
  'referral',
  'followUpContact',
  'statistics',
] as const;
export const basisChoiceSchema = z.union([legalBasisSchema, z.literal('none')]);
export type BasisChoice = z.infer<typeof basisChoiceSchema>;

export function intakeFormSchema(preset: DeskPreset) {
  return z
    .object({
      clientId: z.string().min(1, { message: 'cases:errors.personRequired' }),
      clientRole: z.string().min(1, { message: 'errors.required' }),
      ofwId: z.string().nullable(),
      details: z.record(z.string(), z.string().optional()),
      channel: channelSchema,
      categories: z.array(z.string()).min(1, { message: 'errors.categoryRequired' }),
      urgency: urgencySchema,
      description: requiredText(8000),
      consents: z.object({
        caseHandling: basisChoiceSchema,
        referral: basisChoiceSchema,
        followUpContact: basisChoiceSchema,
        statistics: basisChoiceSchema,
      }),
    })
    .superRefine((values, ctx) => {
      if (preset.relativeRoles[values.clientRole] && !values.ofwId) {
        ctx.addIssue({ code: 'custom', path: ['ofwId'], message: 'cases:errors.ofwRequired' });
      }
      if (values.consents.caseHandling === 'none') {
        ctx.addIssue({
          code: 'custom',
          path: ['consents', 'caseHandling'],
          message: 'cases:errors.caseHandlingBasis',
        });
      }
    });
}

export type IntakeFormValues = z.infer<ReturnType<typeof intakeFormSchema>>;

export function emptyIntake(): IntakeFormValues {
  return {
    clientId: '',
    clientRole: '',
    ofwId: null,
    details: {},
    channel: 'walkIn',
    categories: [],
    urgency: 'normal',
    description: '',
    consents: {
      caseHandling: 'none',
      referral: 'none',
      followUpContact: 'none',
      statistics: 'none',
    },
  };
}

/** The form's values as the case repository takes them. */
export function toIntakeInput(preset: DeskPreset, values: IntakeFormValues) {
  const relationship = preset.relativeRoles[values.clientRole];
  const details = Object.fromEntries(
    Object.entries(values.details).filter((entry): entry is [string, string] => !!entry[1]?.trim()),
  );
  return {
    clientId: values.clientId,
    clientRole: values.clientRole,
    ofwId: relationship ? (values.ofwId ?? undefined) : undefined,
    relationship,
    ofwDetails: preset.detailsRecord === 'ofwDetails' ? details : {},
    migrantDetails: preset.detailsRecord === 'migrantDetails' ? details : {},
    channel: values.channel,
    categories: values.categories,
    urgency: values.urgency,
    description: values.description,
    consents: Object.entries(values.consents)
      .filter(([, basis]) => basis !== 'none')
      .map(([purpose, basis]) => ({
        purpose: purpose as z.infer<typeof consentPurposeSchema>,
        legalBasis: basis as z.infer<typeof legalBasisSchema>,
      })),
  };
}
