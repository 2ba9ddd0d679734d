// The desk's staff (not removed), by name: for the report's staff picker and the case list's
// "assigned to" filter.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db';
import { collatorOf } from '../../ui/format';
import { useTranslation } from 'react-i18next';

export interface StaffOption {
  id: string;
  name: string;
}

const NONE: StaffOption[] = [];

export function useStaffList(): StaffOption[] {
  const db = useDatabase();
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (
    useLiveQuery(async () => {
      const collator = collatorOf(language);
      return (await db.staff.toArray())
        .filter((s) => !s.deletedAt)
        .map((s) => ({ id: s.id, name: s.displayName }))
        .sort((a, b) => collator.compare(a.name, b.name));
    }, [db, language]) ?? NONE
  );
}
