// errorText() bound to the interface language: `const describe = useErrorText();`
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './errorText';

export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback((error: unknown) => errorText(t, i18n.language, error), [t, i18n.language]);
}
