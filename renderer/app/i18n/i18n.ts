// i18next set-up: five languages, Arabic right-to-left, the chosen language remembered on
// this computer so that even the "database cannot open" screen speaks it.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../domain/records/desk';
import { platform } from '../../platform';
import { directionOfLanguage } from '../../ui/directionOfLanguage';
import { formatNumber } from '../../ui/format';
import { bundledResources, NAMESPACES } from './resources';

const STORAGE_KEY = 'tulay.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export const directionOf = directionOfLanguage;

/** The language to start in: the remembered one, else the system's if Tulay has it. */
export function initialLanguage(): Language {
  const remembered = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLanguage(remembered)) return remembered;
  const system = (globalThis.navigator?.language ?? 'en').toLowerCase();
  const base = system.split('-')[0];
  if (base === 'tl') return 'fil';
  return isLanguage(base) ? base : 'en';
}

/** The number options a translation may ask for, e.g. {{seconds, number(maximumFractionDigits: 1)}}. */
const NUMBER_OPTIONS = ['minimumFractionDigits', 'maximumFractionDigits'] as const;

/** {{count, number}} in a translation: grouped the way the desk writes numbers ("1,234",
 *  "1.234"), Latin digits in Arabic too (i18next's own formatter would pick Arabic-Indic ones
 *  and ignore the desk's country). A value that is already text is left as it is. */
function numberFormat(value: unknown, lng: string | undefined, options: Record<string, unknown>) {
  if (typeof value !== 'number') return String(value);
  const picked = Object.fromEntries(
    NUMBER_OPTIONS.filter((name) => options[name] !== undefined).map((name) => [
      name,
      Number(options[name]),
    ]),
  );
  return formatNumber(lng ?? 'en', value, picked);
}

/** The desktop shell draws its menu in the language chosen here (a no-op in a browser). */
function tellShell(language: string) {
  if (!isLanguage(language)) return;
  platform.setLanguage(language).catch((error: unknown) => {
    console.warn('[tulay] the menu stays in its previous language', error);
  });
}

function applyDocumentLanguage(language: string) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function createI18n(language: Language = initialLanguage()): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    applyDocumentLanguage(lng);
    tellShell(lng);
    if (isLanguage(lng)) globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  });
  await instance.use(initReactI18next).init({
    resources: bundledResources(),
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance.services.formatter?.add('number', numberFormat);
  applyDocumentLanguage(language);
  tellShell(language);
  return instance;
}
