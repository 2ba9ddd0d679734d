// The commitment form → the catalogue's commitment: the protocol's own schema decides, empty text
// is "not given", and each problem is a message key the officer reads in their language.
import { describe, expect, it } from 'vitest';
import { commitmentSchema } from '../../../domain/sync';
import {
  EMPTY_DRAFT,
  commitmentOfDraft,
  firstDraft,
} from '../../../renderer/features/catalogue/publish/commitmentDraft';
import en from '../../../locales/en/publish.json';
import common from '../../../locales/en/common.json';

const keyExists = (key: string) => {
  const [ns, path] = key.includes(':') ? key.split(':') : ['common', key];
  const tree = (ns === 'publish' ? en : common) as Record<string, unknown>;
  return path!
    .split('.')
    .reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], tree);
};

describe('commitmentOfDraft', () => {
  it('makes the commitment the catalogue accepts, empty fields as not given', () => {
    const draft = {
      ...firstDraft({ municipality: 'Legazpi City', country: 'PH' }),
      title: '  Reintegration desk for returning workers ',
      summary: 'Seminars and referrals.\n',
      partners: ['OWWA', ' '],
      gcmObjectives: [21, 7],
      sdgs: [10],
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      contact: '   ',
    };
    const result = commitmentOfDraft(draft, '2026-12-06');
    expect(result).toEqual({
      ok: true,
      commitment: {
        title: 'Reintegration desk for returning workers',
        summary: 'Seminars and referrals.',
        city: 'Legazpi City',
        country: 'PH',
        submitter: null,
        sharedOn: '2026-12-06',
        partners: ['OWWA'],
        themes: [],
        gcmObjectives: [7, 21],
        sdgs: [10],
        stakeholderType: null,
        geographicRelevance: null,
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
        contact: null,
      },
    });
    if (result.ok) expect(commitmentSchema.parse(result.commitment)).toEqual(result.commitment);
  });

  it("names each wrong field with a message in the officer's language", () => {
    const result = commitmentOfDraft(
      {
        ...EMPTY_DRAFT,
        title: ' ',
        city: 'x'.repeat(121),
        startsOn: '31/02/2026',
        themes: ['y'.repeat(101)],
      },
      '2026-12-06',
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'errors.required',
        city: 'errors.tooLong',
        startsOn: 'publish:errors.date',
        themes: 'errors.tooLong',
      },
    });
    if (!result.ok)
      for (const key of Object.values(result.errors)) expect(keyExists(key)).toBeTypeOf('string');
  });

  it('refuses an end before the start', () => {
    const result = commitmentOfDraft(
      { ...EMPTY_DRAFT, title: 'A commitment', startsOn: '2026-05-01', endsOn: '2026-04-30' },
      '2026-12-06',
    );
    expect(result).toEqual({ ok: false, errors: { endsOn: 'publish:errors.endsBeforeStarts' } });
  });
});
