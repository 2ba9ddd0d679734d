import { describe, expect, it } from 'vitest';
import { stakeholderFormSchema } from '../../../domain/stakeholders/formSchema';

const withContact = (phone: string | undefined) =>
  stakeholderFormSchema.safeParse({
    name: 'Associació Filipina de Terrassa',
    type: 'diaspora',
    contacts: [{ name: 'Rosa Dimaculangan', phone }],
  });

describe('stakeholderFormSchema', () => {
  it("refuses a contact's phone number with letters, at that contact's phone field", () => {
    const refused = withContact('93-LLAMA-YA');
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['contacts.0.phone', 'errors.phone'],
    ]);
  });

  it('keeps a phone number written with a country code, brackets and dashes, or none', () => {
    expect(withContact('+34 (93) 555-01-42').data?.contacts[0]?.phone).toBe('+34 (93) 555-01-42');
    expect(withContact(undefined).success).toBe(true);
  });
});
