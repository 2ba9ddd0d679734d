// Every string is translated in all five languages: no key missing or empty, the same
// interpolation variables as English, and no English left behind except where allowed.
// A counted phrase (people.json "list.count_one", "list.count_other") has, in each language,
// exactly the plural forms its grammar needs (CLDR: Arabic six, Spanish three, English two).
// A language whose grammar marks sex may add context forms of an English key ("attended_female"
// in Arabic, for a woman's certificate), with the English key's variables.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/records/desk';

const LOCALES = join(__dirname, '../../locales');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const load = (lng: string, ns: string) =>
  flatten(JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8')) as Tree);
const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/** Keys whose text is rightly the same as English (proper names, acronyms, language names);
 *  an entry ending in * allows every key under it. */
const sameAsEnglish: Record<string, string[]> = JSON.parse(
  readFileSync(join(LOCALES, 'same-as-english.json'), 'utf8'),
) as Record<string, string[]>;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const CONTEXT_SUFFIX = /_(female|male)$/;

/** The English key a context form ("certificate.attended_female") belongs to. */
const contextBase = (key: string) => key.replace(CONTEXT_SUFFIX, '');

/** Plain keys, and counted phrases as base key → plural category → text. */
function split(texts: Map<string, string>) {
  const plain = new Map<string, string>();
  const plurals = new Map<string, Map<string, string>>();
  for (const [key, text] of texts) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) {
      plain.set(key, text);
      continue;
    }
    const base = key.slice(0, match.index);
    if (!plurals.has(base)) plurals.set(base, new Map());
    plurals.get(base)!.set(match[1]!, text);
  }
  return { plain, plurals };
}

const categoriesOf = (lng: string) =>
  [...new Intl.PluralRules(lng).resolvedOptions().pluralCategories].sort();

/** A form may leave the number out ("شخص واحد", "one person") only when it stands for one
 *  number alone; Filipino "one" also covers 2, 3, 5… and must show it. */
function isSingleNumber(lng: string, category: string) {
  const rules = new Intl.PluralRules(lng);
  let numbers = 0;
  for (let n = 0; n <= 1000; n++) if (rules.select(n) === category) numbers++;
  return numbers === 1;
}

const withoutCount = (text: string) =>
  variables(text)
    .filter((name) => name !== 'count')
    .join();

const namespaces = readdirSync(join(LOCALES, 'en')).map((file) => file.replace(/\.json$/, ''));

describe.each(namespaces)('locale namespace %s', (ns) => {
  const english = load('en', ns);

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s has every English key, non-empty, same variables',
    (lng) => {
      const en = split(english);
      const other = split(load(lng, ns));
      const missing = [
        ...[...en.plain.keys()].filter((key) => !other.plain.get(key)?.trim()),
        ...[...en.plurals.keys()].filter((base) => !other.plurals.has(base)),
      ];
      const extra = [
        ...[...other.plain.keys()].filter((key) => !en.plain.has(contextBase(key))),
        ...[...other.plurals.keys()].filter((base) => !en.plurals.has(base)),
      ];
      const badVariables = [...en.plain]
        .filter(([key, text]) => {
          const translated = other.plain.get(key);
          return (
            translated !== undefined && variables(text).join() !== variables(translated).join()
          );
        })
        .map(([key]) => key);
      for (const [key, text] of other.plain) {
        const english = en.plain.get(contextBase(key));
        if (key !== contextBase(key) && english !== undefined) {
          if (variables(english).join() !== variables(text).join()) badVariables.push(key);
        }
      }
      for (const [base, forms] of other.plurals) {
        const englishOther = en.plurals.get(base)?.get('other');
        if (englishOther === undefined) continue;
        for (const [category, text] of forms) {
          const countMissing = !variables(text).includes('count') && !isSingleNumber(lng, category);
          if (!text.trim() || withoutCount(text) !== withoutCount(englishOther) || countMissing) {
            badVariables.push(`${base}_${category}`);
          }
        }
      }
      expect({ missing, extra, badVariables }).toEqual({
        missing: [],
        extra: [],
        badVariables: [],
      });
    },
  );

  it.each([...LANGUAGES])('%s has exactly the plural forms its grammar needs', (lng) => {
    const { plurals } = split(load(lng, ns));
    const wrong = [...plurals]
      .filter(([, forms]) => [...forms.keys()].sort().join() !== categoriesOf(lng).join())
      .map(([base, forms]) => `${base}: ${[...forms.keys()].sort().join()}`);
    expect(wrong).toEqual([]);
  });

  it.each([...LANGUAGES])('%s writes every count with the number format', (lng) => {
    // {{count}} alone prints 1234 where the desk writes 1,234 (or 1.234).
    const bare = [...load(lng, ns)]
      .filter(([, text]) => /\{\{\s*count\s*\}\}/.test(text))
      .map(([key]) => key);
    expect(bare).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s leaves no English text behind', (lng) => {
    const other = load(lng, ns);
    const allowed = sameAsEnglish[ns] ?? [];
    const isAllowed = (key: string) =>
      allowed.some((entry) =>
        entry.endsWith('*') ? key.startsWith(entry.slice(0, -1)) : key === entry,
      );
    const untranslated = [...english].filter(
      ([key, text]) =>
        other.get(key) === text &&
        /[a-z]{3}/.test(text.replace(/\{\{[^}]*\}\}/g, '')) &&
        !isAllowed(key),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
