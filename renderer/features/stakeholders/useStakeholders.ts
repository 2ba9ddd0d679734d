// Live reads of the stakeholders and their links: every view re-renders when a write lands.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredRecord } from '../../../domain/records';
import { useDatabase } from '../../db';
import type { StoredStakeholder } from './stakeholderRepository';

export type StoredLink = StoredRecord<'stakeholderLinks'>;

/** Every stakeholder that is not deleted, sorted by name in the interface language. */
export function useStakeholders(): StoredStakeholder[] | undefined {
  const db = useDatabase();
  const { i18n } = useTranslation();
  const list = useLiveQuery(() => db.stakeholders.filter((s) => !s.deletedAt).toArray(), [db]);
  return useMemo(() => {
    if (!list) return undefined;
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base' });
    return [...list].sort((a, b) => collator.compare(a.name, b.name));
  }, [list, i18n.language]);
}

/** Every link that is not deleted. */
export function useStakeholderLinks(): StoredLink[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.stakeholderLinks.filter((l) => !l.deletedAt).toArray(), [db]);
}

/** One stakeholder: undefined while loading, null when it does not exist or was deleted. */
export function useStakeholder(id: string): StoredStakeholder | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const found = await db.stakeholders.get(id);
    return found && !found.deletedAt ? found : null;
  }, [db, id]);
}

/** The live links from or to one stakeholder. */
export function useLinksOf(id: string): StoredLink[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const links = await db.stakeholderLinks
      .where('fromId')
      .equals(id)
      .or('toId')
      .equals(id)
      .toArray();
    return links.filter((l) => !l.deletedAt);
  }, [db, id]);
}
