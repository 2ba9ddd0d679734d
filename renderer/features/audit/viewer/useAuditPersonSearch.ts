// The people whose name starts like what the supervisor typed, for the viewer's person filter:
// from the in-memory name index once it is built, else the search tokens' index range (as the
// people feature searches; the audit feature cannot import it, Settings shows this feature).
import { useLiveQuery } from 'dexie-react-hooks';
import { fullName } from '../../../../domain/people/personTokens';
import { queryTokens } from '../../../../domain/search/normalize';
import { searchInMemory, useDatabase, type TulayDatabase } from '../../../db';

const MAX_RESULTS = 8;

export interface PersonOption {
  value: string;
  label: string;
}

async function personIds(db: TulayDatabase, tokens: string[]): Promise<string[]> {
  const inMemory = searchInMemory(db, 'people', tokens, MAX_RESULTS);
  if (inMemory) return inMemory;
  const [first, ...rest] = tokens;
  return db.people
    .where('searchTokens')
    .startsWith(first!)
    .distinct()
    .filter(
      (p) =>
        !p.deletedAt && [first!, ...rest].every((q) => p.searchTokens.some((t) => t.startsWith(q))),
    )
    .limit(MAX_RESULTS)
    .primaryKeys();
}

export function useAuditPersonSearch(query: string): PersonOption[] {
  const db = useDatabase();
  const typed = query.trim();
  return (
    useLiveQuery(async () => {
      const tokens = queryTokens(typed).sort((a, b) => b.length - a.length);
      if (tokens.length === 0) return [];
      const people = await db.people.bulkGet(await personIds(db, tokens));
      return people
        .filter((p) => !!p && !p.deletedAt)
        .map((p) => ({ value: p!.id, label: fullName(p!) }));
    }, [db, typed]) ?? []
  );
}
