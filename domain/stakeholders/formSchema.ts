// What the stakeholder form edits: the record's fields except the dated observations (added
// one by one on the stakeholder's page), the preset partner it stands for (set by the app) and
// its place in the public catalogue (a switch on its page, or the import it came from).
// Leaving them out means saving the form can never wipe them. A contact's phone number, typed
// here, is checked as the person form checks one (digits, no letters).
import { z } from 'zod';
import { phoneNumberSchema } from '../people/phone';
import { isoDate, optionalText } from '../records/meta';
import { contactPersonSchema, stakeholderSchema } from '../records/stakeholders';

const contactFormSchema = contactPersonSchema.extend({ phone: phoneNumberSchema.optional() });

export const stakeholderFormSchema = z
  .object(stakeholderSchema.shape)
  .omit({
    observations: true,
    presetPartnerId: true,
    shareWithCatalogue: true,
    catalogueSource: true,
  })
  .extend({ contacts: z.array(contactFormSchema).default([]) })
  .refine((s) => (s.latitude === undefined) === (s.longitude === undefined), {
    message: 'stakeholders:errors.coordinatesPair',
    path: ['longitude'],
    // Checked even while other fields are wrong, so every problem shows at the first Save.
    when: ({ issues }) =>
      !issues.some((i) => ['latitude', 'longitude'].includes(String(i.path?.[0]))),
  });
export type StakeholderFormInput = z.input<typeof stakeholderFormSchema>;
export type StakeholderFormValues = z.output<typeof stakeholderFormSchema>;

/** The composer of a link on a stakeholder's page (see linkKinds.ts). */
export const linkFormSchema = z.object({
  kind: z.string().min(1, { message: 'errors.required' }),
  otherId: z.string().min(1, { message: 'errors.required' }),
  // The composer's boxes start blank: blank means "not given".
  since: z.union([isoDate, z.literal('').transform(() => undefined)]).optional(),
  note: optionalText(1000).transform((note) => note || undefined),
});
export type LinkFormInput = z.input<typeof linkFormSchema>;
export type LinkFormValues = z.output<typeof linkFormSchema>;
