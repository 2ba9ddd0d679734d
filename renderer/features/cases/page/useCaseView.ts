// Everything the case page shows, live: the case, its people, timeline, consents, and the
// names of the staff and partners it mentions.
import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredRecord } from '../../../../domain/records';
import { useDatabase } from '../../../db';

export interface CaseView {
  record: StoredRecord<'cases'>;
  client?: StoredRecord<'people'>;
  ofw?: StoredRecord<'people'>;
  /** Newest first. */
  events: StoredRecord<'caseEvents'>[];
  consents: StoredRecord<'consents'>[];
  staffNames: Record<string, string>;
  stakeholderNames: Record<string, string>;
}

/** undefined while loading, null when the case does not exist. */
export function useCaseView(caseId: string): CaseView | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const record = await db.cases.get(caseId);
    if (!record || record.deletedAt) return null;
    const [client, ofw, events, consents, staff] = await Promise.all([
      db.people.get(record.clientId),
      record.ofwId ? db.people.get(record.ofwId) : undefined,
      db.caseEvents
        .where('[caseId+at]')
        .between([caseId, ''], [caseId, '\uffff'])
        .reverse()
        .toArray(),
      db.consents.where('caseId').equals(caseId).toArray(),
      db.staff.toArray(),
    ]);
    const partnerIds = [
      ...new Set(events.map((e) => e.partnerId).filter((id): id is string => !!id)),
    ];
    const stakeholders = await db.stakeholders.bulkGet(partnerIds);
    return {
      record,
      client,
      ofw,
      events: events.filter((e) => !e.deletedAt),
      consents: consents.filter((c) => !c.deletedAt),
      staffNames: Object.fromEntries(staff.map((s) => [s.id, s.displayName])),
      stakeholderNames: Object.fromEntries(
        stakeholders.filter((s): s is NonNullable<typeof s> => !!s).map((s) => [s.id, s.name]),
      ),
    };
  }, [db, caseId]);
}
