// Counted phrases pick the plural form of each language's grammar, and show the number the
// way the desk writes it: "1 person" / "2 people", Arabic "شخص واحد" / "شخصان" / "3 أشخاص" /
// "11 شخصًا" / "100 شخص", with Latin digits and grouping ("1,234").
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/app/i18n/i18n';
import { localeOf, setFormatCountry } from '../../renderer/ui/format';
import { LANGUAGES, type Language } from '../../domain/records/desk';

const COUNTS = [1, 2, 3, 11, 100];

/** people:list.count for 1, 2, 3, 11 and 100, as a reader of each language expects it. */
const EXPECTED: Record<Language, string[]> = {
  en: ['1 person', '2 people', '3 people', '11 people', '100 people'],
  fil: ['1 na tao', '2 na tao', '3 na tao', '11 na tao', '100 na tao'],
  es: ['1 persona', '2 personas', '3 personas', '11 personas', '100 personas'],
  ca: ['1 persona', '2 persones', '3 persones', '11 persones', '100 persones'],
  ar: ['شخص واحد', 'شخصان', '3 أشخاص', '11 شخصًا', '100 شخص'],
};

describe.each([...LANGUAGES])('plural forms in %s', (lng) => {
  it('chooses the form of 1, 2, 3, 11 and 100 people', async () => {
    const i18n = await createI18n(lng);
    const texts = COUNTS.map((count) => i18n.t('people:list.count', { count }));
    expect(texts).toEqual(EXPECTED[lng]);
  });

  it('chooses the form the language rule gives, for every counted phrase', async () => {
    const i18n = await createI18n(lng);
    const rules = new Intl.PluralRules(lng);
    // Keys built at run time: the typed `t` knows only literal keys.
    const translate = i18n.t.bind(i18n) as unknown as (key: string, options: object) => string;
    const bundles = i18n.store.data[lng] as Record<string, Record<string, unknown>>;
    const wrong: string[] = [];
    for (const [ns, bundle] of Object.entries(bundles)) {
      for (const [key, text] of flatten(bundle)) {
        const match = /^(.*)_other$/.exec(key);
        if (!match) continue;
        const base = match[1]!;
        for (const count of [0, ...COUNTS, 1_000_000]) {
          const form = flatten(bundle).get(`${base}_${rules.select(count)}`) ?? text;
          const number = new Intl.NumberFormat(localeOf(lng)).format(count);
          const expected = form.replace(/\{\{\s*count, number\s*\}\}/g, number);
          const shown = translate(`${ns}:${base}`, { count });
          // Other variables are not given and stay as placeholders on both sides.
          if (shown !== expected) wrong.push(`${ns}:${base} ${count}: ${shown}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('numbers in counted phrases', () => {
  it('are grouped as the desk writes them, in Latin digits in Arabic', async () => {
    const ar = await createI18n('ar');
    expect(ar.t('people:list.count', { count: 1234 })).toBe('1,234 شخصًا');
    const en = await createI18n('en');
    expect(en.t('people:list.count', { count: 1234 })).toBe('1,234 people');
  });

  it('follow the desk country in Spanish', async () => {
    const es = await createI18n('es');
    try {
      setFormatCountry('PE');
      expect(es.t('people:list.count', { count: 1234 })).toBe('1,234 personas');
      setFormatCountry('AR');
      expect(es.t('people:list.count', { count: 1234 })).toBe('1.234 personas');
      setFormatCountry('ES');
      expect(es.t('people:list.count', { count: 12345 })).toBe('12.345 personas');
    } finally {
      setFormatCountry(undefined);
    }
  });
});

function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as Record<string, unknown>, path)) out.set(k, v);
  }
  return out;
}
