// A language's name in the reader's language, from Intl (stakeholders store ISO 639 codes).
import { localeOf } from '../../ui/format';

export function languageName(language: string, code: string): string {
  try {
    return new Intl.DisplayNames([localeOf(language)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
