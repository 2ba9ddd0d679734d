// One word per concept in each language: a desk officer who reads "Pagsangguni" on one screen
// and "referral" on the next, or "المستفيد" in the form and "العميل" in the list, wonders
// whether they are two different things. The glossary below is the reference for translators:
// per language, the one term for each concept, the variants never to use, and the form of
// commands on buttons.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(__dirname, '../../locales');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix: string, out: Map<string, string>) {
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

const namespaces = readdirSync(join(LOCALES, 'en')).map((file) => file.replace(/\.json$/, ''));

/** Every text of a language as "namespace:key" → text, with {{variables}} left out. */
function texts(lng: string) {
  const out = new Map<string, string>();
  for (const ns of namespaces) {
    const tree = JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8')) as Tree;
    for (const [key, text] of flatten(tree, ns, new Map())) {
      out.set(key, text.replace(/\{\{[^}]*\}\}/g, '…'));
    }
  }
  return out;
}

const english = texts('en');

interface Concept {
  concept: string;
  /** A label that is exactly this English word is translated exactly so. */
  label?: [english: string, term: string];
  /** Variants that appear nowhere in the language. */
  forbidden?: RegExp;
}

/** Letters, including accented and Arabic ones, so \b-like edges work in every script. */
const edge = (pattern: string) => new RegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, 'iu');

const GLOSSARY: Record<string, Concept[]> = {
  fil: [
    {
      concept: 'referral: pagsangguni (isangguni, isinangguni), never the English word',
      label: ['Referral', 'Pagsangguni'],
      forbidden: /refer(?!ence)/i,
    },
    {
      concept: 'the user is addressed politely: ninyo, kayo, inyo, never mo, ka, iyo',
      forbidden: edge('mo|ka|iyo|iyong|ikaw|mong|kang|niyo|nyo'),
    },
  ],
  ar: [
    {
      concept: 'client: المستفيد',
      label: ['Client', 'المستفيد'],
      forbidden: /عميل|عملاء|زبون|زبائن|مراجع(?!ة)|المراجعين/,
    },
    // الحالة is the case; the status of a case (or of a registration) is الوضع.
    { concept: 'status: الوضع', label: ['Status', 'الوضع'] },
    { concept: 'case: الحالة, never قضية', forbidden: /قضي|قضاي/ },
  ],
  es: [
    {
      concept: 'client: persona usuaria',
      label: ['Client', 'Persona usuaria'],
      forbidden: edge('clientes?|usuarios?|(?<!personas? )usuarias?'),
    },
  ],
  ca: [
    {
      concept: 'client: persona usuària',
      label: ['Client', 'Persona usuària'],
      forbidden: edge('clients?|usuaris?|(?<!persona |persones )usuàri(?:a|es)'),
    },
    {
      concept: 'stakeholders: agents',
      label: ['Stakeholders', 'Agents'],
      forbidden: /actors? clau/i,
    },
  ],
};

/** Labels that name one concept wherever they appear: the same English label is translated the
 *  same way on every screen (Arabic ignoring the article ال). */
const ONE_TRANSLATION = [
  'Client',
  'Status',
  'Stakeholders',
  'Referral',
  'Urgency',
  'Follow-up',
  'Cancel',
  'Edit',
  'Undo',
  'Delete',
  'Clear filters',
  'Loading…',
];

/** A soft hyphen ("Pagka\u00adapurahan" in a narrow column header) only says where the word may break. */
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .replace(/(^|\s)ال/g, '$1');

describe.each(Object.keys(GLOSSARY))('terminology in %s', (lng) => {
  const translated = texts(lng);

  it.each(GLOSSARY[lng]!.map((c) => [c.concept, c] as const))('%s', (_, concept) => {
    const wrongLabels = concept.label
      ? [...english]
          .filter(
            ([key, text]) =>
              text === concept.label![0] && translated.get(key) !== concept.label![1],
          )
          .map(([key]) => `${key}: ${translated.get(key)}`)
      : [];
    const forbidden = concept.forbidden
      ? [...translated]
          .filter(([, text]) => concept.forbidden!.test(text))
          .map(([key, text]) => `${key}: ${text}`)
      : [];
    expect({ wrongLabels, forbidden }).toEqual({ wrongLabels: [], forbidden: [] });
  });
});

describe.each(['fil', 'es', 'ca', 'ar'])('one translation per label in %s', (lng) => {
  it.each(ONE_TRANSLATION)('%s', (label) => {
    const translated = texts(lng);
    const found = new Map<string, string[]>();
    for (const [key, text] of english) {
      if (text !== label) continue;
      const word = normalise(translated.get(key) ?? '');
      found.set(word, [...(found.get(word) ?? []), key]);
    }
    expect(found.size <= 1 ? [] : [...found]).toEqual([]);
  });
});

// Catalan buttons and menu commands take the imperative of the second person singular
// ("Desa", "Cerca", "Afegeix", "Obre"), never the infinitive ("Desar") nor the vós form, which
// is kept for sentences addressed to the user ("Trieu una categoria.").
describe('Catalan commands', () => {
  const COMMAND =
    /^(?:Do not |No, )?(?:Add|Ask|Back|Cancel|Change|Check in|Choose|Clear|Close|Copy|Create|Delete|Discard|Edit|Export|Fit|Go|Import|Keep|Link|Load|Mark|Open|Print|Record|Refresh|Register|Reload|Remove|Save|Schedule|Search|Show|Start|Undo|Use)\b/;
  /** Infinitives (desar, inscriure, desfer) and the vós imperative (trieu, desfeu). */
  const notSingularImperative = (word: string) =>
    word !== 'obre' &&
    (/(?:ar|er|ir|re)$/.test(word) ||
      (/(?:eu|iu)$/.test(word) && !['treu', 'inscriu', 'escriu'].includes(word)));

  it('every button or menu command is in the imperative', () => {
    const catalan = texts('ca');
    const wrong = [...english]
      .filter(([, text]) => COMMAND.test(text) && !/[.?]$/.test(text.trim()))
      .filter(([key]) => {
        const first = (catalan.get(key) ?? '')
          .replace(/^No,? /, '')
          .split(/[\s’'-]/)[0]!
          .toLowerCase();
        return notSingularImperative(first);
      })
      .map(([key]) => `${key}: ${catalan.get(key)}`);
    expect(wrong).toEqual([]);
  });
});
