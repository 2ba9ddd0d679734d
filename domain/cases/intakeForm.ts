// What the intake form holds while the officer types, and how it becomes a case. Messages
// are i18n keys, resolved in the user's language next to each field. The facts of the case
// (details of the person concerned, channel, categories, urgency, description) are checked by
// the same rules at the intake and when they are edited on the case page (caseFactsForm.ts).
import { z } from 'zod';
import type { DeskPreset } from '../presets/types';
import { consentPurposeSchema, legalBasisSchema } from '../records/cases';
import { caseFactsFields, checkDetails, emptyCaseFacts, toCaseFacts } from './caseFactsForm';

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
      ...caseFactsFields,
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
      checkDetails(preset, values.details, ctx);
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
    ...emptyCaseFacts(),
    consents: {
      caseHandling: 'none',
      referral: 'none',
      followUpContact: 'none',
      statistics: 'none',
    },
  };
}

/**
 * Whether the intake holds nothing the officer typed or chose: such a draft is not worth
 * keeping, nor announcing as restored.
 */
export function isBlankIntake(values: IntakeFormValues): boolean {
  // A draft saved by an older version may lack a field: read each defensively.
  const filled = Object.values(values.details ?? {}).some((value) => value?.trim());
  const empty = emptyIntake();
  return (
    !filled &&
    !values.clientId &&
    !values.clientRole &&
    !values.ofwId &&
    !values.description?.trim() &&
    (values.categories ?? []).length === 0 &&
    values.channel === empty.channel &&
    values.urgency === empty.urgency &&
    JSON.stringify(values.consents) === JSON.stringify(empty.consents)
  );
}

/** The form's values as the case repository takes them. */
export function toIntakeInput(preset: DeskPreset, values: IntakeFormValues) {
  const relationship = preset.relativeRoles[values.clientRole];
  const { details, ...facts } = toCaseFacts(values);
  return {
    clientId: values.clientId,
    clientRole: values.clientRole,
    ofwId: relationship ? (values.ofwId ?? undefined) : undefined,
    relationship,
    ofwDetails: preset.detailsRecord === 'ofwDetails' ? details : {},
    migrantDetails: preset.detailsRecord === 'migrantDetails' ? details : {},
    ...facts,
    consents: Object.entries(values.consents)
      .filter(([, basis]) => basis !== 'none')
      .map(([purpose, basis]) => ({
        purpose: purpose as z.infer<typeof consentPurposeSchema>,
        legalBasis: basis as z.infer<typeof legalBasisSchema>,
      })),
  };
}
