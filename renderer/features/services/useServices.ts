// Live reads of the services directory.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db';
import type { Service } from './serviceTypes';

/** Every service not deleted, by name; undefined while loading. */
export function useServices(): Service[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const all = await db.services.toArray();
    return all.filter((s) => !s.deletedAt).sort((a, b) => a.name.localeCompare(b.name));
  }, [db]);
}

/** One service; undefined while loading, null when it does not exist or was deleted. */
export function useService(id: string | undefined): Service | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    if (!id) return null;
    const service = await db.services.get(id);
    return service && !service.deletedAt ? service : null;
  }, [db, id]);
}
