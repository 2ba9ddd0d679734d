// A refused row's reason in the officer's language: "“31/02/2024” is not a date (Date of the
// case)". The domain gives keys of the logbook namespace, the field and the value as written.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogbookField } from '../../../../domain/cases/logbook/logbookColumns';

export interface Reason {
  reason: string;
  value?: string | undefined;
  field?: LogbookField | undefined;
}

export function useReasonText(): (reason: Reason) => string {
  const { t } = useTranslation('logbook');
  return useCallback(
    ({ reason, value, field }) =>
      (t as (key: string, options: Record<string, string>) => string)(reason, {
        value: value ?? '',
        field: field ? t(`fields.${field}`) : '',
      }),
    [t],
  );
}

/** All the reasons of a row, in one sentence each. */
export const reasonsText = (describe: (reason: Reason) => string, reasons: readonly Reason[]) =>
  reasons.map(describe).join(' · ');
