import { useTranslation } from 'react-i18next';
import { AccountError } from './accountErrors';

/** The words for an AccountError; anything else is rethrown (a bug, for the error boundary). */
export function useAccountErrorText() {
  const { t } = useTranslation('accounts');
  return (error: unknown): string => {
    if (error instanceof AccountError) return t(`errors.${error.problem}`);
    throw error;
  };
}
