// The open cases of the people picked in the intake (the client, the OFW), so the officer sees
// them before recording a new one. A case that concerns both people is listed once, under the
// first of them. A clerk sees no health, legal or abuse category among them (caseAccess.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { shownCategories } from '../../../../domain/cases/caseAccess';
import { isClosingStatus } from '../../../../domain/presets';
import { fullName } from '../../../../domain/people/personTokens';
import { useDatabase } from '../../../db';
import { useRole } from '../../accounts';
import { usePreset } from '../../settings';

export interface OpenCase {
  id: string;
  reference: string;
  categories: readonly string[];
  openedAt: string;
}

export interface PersonOpenCases {
  personId: string;
  name: string;
  cases: OpenCase[];
}

export function useOpenCases(personIds: readonly string[]): PersonOpenCases[] {
  const db = useDatabase();
  const preset = usePreset();
  const role = useRole();
  const key = personIds.filter(Boolean).join(',');
  return (
    useLiveQuery(async () => {
      const ids = key ? key.split(',') : [];
      if (ids.length === 0) return [];
      const [cases, people] = await Promise.all([
        db.cases.where('clientId').anyOf(ids).or('ofwId').anyOf(ids).toArray(),
        db.people.bulkGet(ids),
      ]);
      const open = cases
        .filter((c) => !c.deletedAt && !isClosingStatus(preset, c.status))
        .sort((a, b) => b.openedAt.localeCompare(a.openedAt));
      const listed = new Set<string>();
      return ids.flatMap((personId, i) => {
        const person = people[i];
        const theirs = open.filter(
          (c) => !listed.has(c.id) && (c.clientId === personId || c.ofwId === personId),
        );
        theirs.forEach((c) => listed.add(c.id));
        if (!person || theirs.length === 0) return [];
        const shown = theirs.map(({ id, reference, categories, openedAt }) => ({
          id,
          reference,
          categories: shownCategories(role, categories),
          openedAt,
        }));
        return [{ personId, name: fullName(person), cases: shown }];
      });
    }, [db, preset, key, role]) ?? []
  );
}
