// The open follow-ups of the cases assigned to one staff member, with what the list shows of
// each case. Found through the [type+dueAt] index, so other timeline entries are never read.
// A clerk's follow-up on a health, legal or abuse case comes without its text
// (domain/cases/caseAccess.ts).
import { Dexie } from 'dexie';
import { eventFor } from '../../../../domain/cases/caseAccess';
import type { StaffRole } from '../../../../domain/records/desk';
import { fullName } from '../../../../domain/people/personTokens';
import type { TulayDatabase } from '../../../db';
import type { CaseEvent } from '../caseEventRepository';

export interface MyFollowUp {
  event: CaseEvent;
  dueAt: string;
  caseId: string;
  reference: string;
  clientName: string;
  status: string;
}

export async function myFollowUps(
  db: TulayDatabase,
  staffId: string,
  role: StaffRole | undefined,
): Promise<MyFollowUp[]> {
  const open = await db.caseEvents
    .where('[type+dueAt]')
    .between(['followUpDue', Dexie.minKey], ['followUpDue', Dexie.maxKey])
    .filter((event) => !event.doneAt && !event.deletedAt)
    .toArray();
  const cases = await db.cases.bulkGet([...new Set(open.map((e) => e.caseId))]);
  const mine = new Map(
    cases.flatMap((c) => (c && !c.deletedAt && c.assignedTo === staffId ? [[c.id, c]] : [])),
  );
  const clients = await db.people.bulkGet([...new Set([...mine.values()].map((c) => c.clientId))]);
  const names = new Map(clients.flatMap((p) => (p ? [[p.id, fullName(p)]] : [])));
  return open.flatMap((event) => {
    const c = mine.get(event.caseId);
    const shown = c && eventFor(role, c.categories, event);
    if (!c || !shown || !event.dueAt) return [];
    return [
      {
        event: shown,
        dueAt: event.dueAt,
        caseId: c.id,
        reference: c.reference,
        clientName: names.get(c.clientId) ?? '',
        status: c.status,
      },
    ];
  });
}
