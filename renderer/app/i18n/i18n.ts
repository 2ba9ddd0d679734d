// i18next set-up: five languages, Arabic right-to-left, the chosen language remembered on
// this computer so that even the "database cannot open" screen speaks it.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../domain/records/desk';
import { directionOfLanguage } from '../../ui/directionOfLanguage';
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

function applyDocumentLanguage(language: string) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function createI18n(language: Language = initialLanguage()): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    applyDocumentLanguage(lng);
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
  applyDocumentLanguage(language);
  return instance;
}
