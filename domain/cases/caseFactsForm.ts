// The facts of a case: the details of the person concerned, how the client came, the
// categories, the urgency and the client's account. The intake records them and the case page
// corrects them, both with these rules; the details are checked against the preset's details
// record, so a bad value is named next to its field rather than refused by the database.
import { z } from 'zod';
import type { DeskPreset } from '../presets/types';
import {
  caseSchema,
  channelSchema,
  DESCRIPTION_MAX,
  migrantDetailsSchema,
  ofwDetailsSchema,
  urgencySchema,
} from '../records/cases';
import { requiredText } from '../records/meta';

export const caseFactsFields = {
  /** The preset's detail fields as the inputs hold them: text, empty when not given. */
  details: z.record(z.string(), z.string().optional()),
  channel: channelSchema,
  categories: z.array(z.string()).min(1, { message: 'errors.categoryRequired' }),
  urgency: urgencySchema,
  description: requiredText(DESCRIPTION_MAX),
};

const DETAILS_SCHEMAS = { ofwDetails: ofwDetailsSchema, migrantDetails: migrantDetailsSchema };

/** The details that were given: an empty input means "not given". */
export function filledDetails(details: Readonly<Record<string, string | undefined>>) {
  return Object.fromEntries(
    Object.entries(details).filter((entry): entry is [string, string] => !!entry[1]?.trim()),
  );
}

/** Adds an issue at `details.<field>` for every detail the preset's details record refuses. */
export function checkDetails(
  preset: DeskPreset,
  details: Readonly<Record<string, string | undefined>>,
  ctx: z.RefinementCtx,
) {
  const result = DETAILS_SCHEMAS[preset.detailsRecord].safeParse(filledDetails(details));
  for (const issue of result.error?.issues ?? []) {
    ctx.addIssue({
      code: 'custom',
      path: ['details', ...issue.path.slice(0, 1)],
      message: issue.message,
    });
  }
}

export function caseFactsSchema(preset: DeskPreset) {
  return z
    .object(caseFactsFields)
    .superRefine((values, ctx) => checkDetails(preset, values.details, ctx));
}

export type CaseFactsValues = z.infer<ReturnType<typeof caseFactsSchema>>;

export function emptyCaseFacts(): CaseFactsValues {
  return { details: {}, channel: 'walkIn', categories: [], urgency: 'normal', description: '' };
}

type StoredFacts = Pick<
  z.output<typeof caseSchema>,
  'channel' | 'categories' | 'urgency' | 'description' | 'ofwDetails' | 'migrantDetails'
>;

/** The edit form's values for a saved case: every detail field of the preset, '' when empty. */
export function caseFactsValues(preset: DeskPreset, record: StoredFacts): CaseFactsValues {
  const stored = record[preset.detailsRecord] as Record<string, unknown>;
  return {
    details: Object.fromEntries(
      preset.detailFields.map((field) => {
        const value = stored[field.id];
        return [field.id, typeof value === 'string' ? value : ''];
      }),
    ),
    channel: record.channel,
    categories: [...record.categories],
    urgency: record.urgency,
    description: record.description,
  };
}

/** The facts as the case repository takes them: details given, the rest as typed. */
export function toCaseFacts(values: CaseFactsValues) {
  return {
    details: filledDetails(values.details),
    channel: values.channel,
    categories: values.categories,
    urgency: values.urgency,
    description: values.description,
  };
}

export type CaseFacts = ReturnType<typeof toCaseFacts>;
