// The desk profile and the current staff member, live from the database.
import { useLiveQuery } from 'dexie-react-hooks';
import type { DeskProfile } from '../../../domain/records';
import { useDatabase } from '../../db';
import { readSetting, SETTING_KEYS } from './settingsRepository';

export interface DeskState {
  profile: DeskProfile;
  staffId: string;
}

/** undefined while loading, null before the first-run set-up, else the desk. */
export function useDeskState(): DeskState | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [profile, staffId] = await Promise.all([
      readSetting<DeskProfile>(db, SETTING_KEYS.deskProfile),
      readSetting<string>(db, SETTING_KEYS.currentStaffId),
    ]);
    return profile && staffId ? { profile, staffId } : null;
  }, [db]);
}
