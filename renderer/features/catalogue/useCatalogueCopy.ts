// Live reads of the desk's copy of the public catalogue: commitments with their indicators,
// shared stakeholders, when the copy was last brought up to date, and which shared stakeholders
// are already in this desk's map.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../db';
import { CATALOGUE_CURSOR_ID } from '../../sync';
import { commitmentViews, stakeholderViews } from './catalogueViews';
import { sourceKey } from './catalogueRepository';

export function useCatalogueCopy() {
  const db = useDatabase();
  const { i18n } = useTranslation();
  const rows = useLiveQuery(() => db.catalogue.toArray(), [db]);
  const state = useLiveQuery(
    async () => (await db.syncState.get(CATALOGUE_CURSOR_ID)) ?? null,
    [db],
  );
  const views = useMemo(() => {
    if (!rows) return undefined;
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base' });
    return { commitments: commitmentViews(rows), stakeholders: stakeholderViews(rows, collator) };
  }, [rows, i18n.language]);
  return { ...views, refreshedAt: state === undefined ? undefined : (state?.updatedAt ?? null) };
}

/** Local stakeholder id by the shared entry each was imported from. */
export function useImportedStakeholders(): Map<string, string> | undefined {
  const db = useDatabase();
  const list = useLiveQuery(
    () => db.stakeholders.filter((s) => !s.deletedAt && s.catalogueSource !== undefined).toArray(),
    [db],
  );
  return useMemo(
    () => list && new Map(list.map((s) => [sourceKey(s.catalogueSource!), s.id])),
    [list],
  );
}
