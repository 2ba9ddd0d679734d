// The staff members who can sign in, live, by name in the officer's language.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../db';
import { collatorOf } from '../../ui/format';
import { hasKeyring, readAccounts, readNextTry, type Account } from './accountRepository';

export function useAccounts(): Account[] | undefined {
  const db = useDatabase();
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useLiveQuery(async () => {
    const collator = collatorOf(language);
    return (await readAccounts(db)).sort((a, b) => collator.compare(a.name, b.name));
  }, [db, language]);
}

/** undefined while loading; false for a desk set up before accounts existed. */
export function useHasKeyring(): boolean | undefined {
  const db = useDatabase();
  return useLiveQuery(() => hasKeyring(db), [db]);
}

/** When the staff member may try their passphrase again (ms since the epoch; 0: now). */
export function useNextTry(staffId: string | null): number | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (staffId ? readNextTry(db, staffId) : 0), [db, staffId]);
}
