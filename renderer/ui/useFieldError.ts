// Turns a field error whose message is an i18n key (errors.required …) into text in the
// user's language, so the zod schemas of domain/ never carry English sentences.
import { useTranslation } from 'react-i18next';

export function useFieldError() {
  const { t, i18n } = useTranslation();
  return (error: { message?: string } | undefined): string | undefined => {
    if (!error) return undefined;
    const key = error.message ?? 'errors.invalid';
    return i18n.exists(key) ? (t as (k: string) => string)(key) : t('errors.invalid');
  };
}
