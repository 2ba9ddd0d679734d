// Everything the case page shows, live: the case, its people, timeline, consents, and the
// names of the staff and partners it mentions. What is read passes through the role rule
// (domain/cases/caseAccess.ts) before any screen gets it: a clerk's view of a health, legal or
// abuse case has no description, no notes and no sensitive categories.
import { useLiveQuery } from 'dexie-react-hooks';
import { caseContentFor } from '../../../../domain/cases/caseAccess';
import type { StoredRecord } from '../../../../domain/records';
import { useDatabase } from '../../../db';
import { useRole } from '../../accounts';

export interface CaseView {
  record: StoredRecord<'cases'>;
  client?: StoredRecord<'people'>;
  ofw?: StoredRecord<'people'>;
  /** Newest first. */
  events: StoredRecord<'caseEvents'>[];
  consents: StoredRecord<'consents'>[];
  staffNames: Record<string, string>;
  stakeholderNames: Record<string, string>;
  /** The signed-in role may not see this case's health, legal or abuse details: left out above. */
  restricted: boolean;
}

/** undefined while loading, null when the case does not exist. */
export function useCaseView(caseId: string): CaseView | null | undefined {
  const db = useDatabase();
  const role = useRole();
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
    const shown = caseContentFor(role, {
      record,
      events: events.filter((e) => !e.deletedAt),
      consents: consents.filter((c) => !c.deletedAt),
    });
    const partnerIds = [
      ...new Set(shown.events.map((e) => e.partnerId).filter((id): id is string => !!id)),
    ];
    const stakeholders = await db.stakeholders.bulkGet(partnerIds);
    return {
      record: shown.record,
      client,
      ofw,
      events: shown.events,
      consents: shown.consents,
      restricted: shown.restricted,
      staffNames: Object.fromEntries(staff.map((s) => [s.id, s.displayName])),
      stakeholderNames: Object.fromEntries(
        stakeholders.filter((s): s is NonNullable<typeof s> => !!s).map((s) => [s.id, s.name]),
      ),
    };
  }, [db, caseId, role]);
}
