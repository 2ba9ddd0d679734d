// Every string is translated in all five languages: no key missing or empty, the same
// interpolation variables as English, and no English left behind except where allowed.
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

const namespaces = readdirSync(join(LOCALES, 'en')).map((file) => file.replace(/\.json$/, ''));

describe.each(namespaces)('locale namespace %s', (ns) => {
  const english = load('en', ns);

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s has every English key, non-empty, same variables',
    (lng) => {
      const other = load(lng, ns);
      const missing = [...english.keys()].filter((key) => !other.get(key)?.trim());
      const extra = [...other.keys()].filter((key) => !english.has(key));
      const badVariables = [...english].filter(
        ([key, text]) =>
          other.has(key) && variables(text).join() !== variables(other.get(key)!).join(),
      );
      expect({ missing, extra, badVariables: badVariables.map(([k]) => k) }).toEqual({
        missing: [],
        extra: [],
        badVariables: [],
      });
    },
  );

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
