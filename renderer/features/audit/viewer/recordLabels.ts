// What record an audit entry is about, in words a supervisor recognises (a person's name, a case
// reference, a seminar's title) and the page that shows it. Only names, references and titles
// are read out: never a field marked sensitive (a note's text, a case's description).
import { fullName } from '../../../../domain/people/personTokens';
import type { AuditEntry, AuditTable } from '../../../../domain/records/internal';
import { recordKey } from '../../../../domain/audit/auditFilter';
import type { TulayDatabase } from '../../../db';

export interface RecordLabel {
  /** A name, reference or title; absent when the record is gone. */
  name?: string;
  /** A case event's type, a consent's purpose: translated by the viewer. */
  eventType?: string;
  href?: string;
}

type Labeller = (db: TulayDatabase, ids: string[]) => Promise<Map<string, RecordLabel>>;

const named = <R extends { id: string }>(
  records: (R | undefined)[],
  label: (r: R) => RecordLabel,
): Map<string, RecordLabel> =>
  new Map(records.filter((r): r is R => !!r).map((r) => [r.id, label(r)]));

async function personNames(db: TulayDatabase, ids: readonly string[]) {
  const people = await db.people.bulkGet([...new Set(ids)]);
  return new Map(people.filter((p) => !!p).map((p) => [p.id, fullName(p)]));
}

const labellers: Partial<Record<AuditTable, Labeller>> = {
  people: async (db, ids) => {
    const names = await personNames(db, ids);
    return new Map([...names].map(([id, name]) => [id, { name, href: `/people/${id}` }]));
  },
  cases: async (db, ids) =>
    named(await db.cases.bulkGet(ids), (c) => ({ name: c.reference, href: `/cases/${c.id}` })),
  caseEvents: async (db, ids) => {
    const events = (await db.caseEvents.bulkGet(ids)).filter((e) => !!e);
    const cases = await db.cases.bulkGet([...new Set(events.map((e) => e.caseId))]);
    const refs = new Map(cases.filter((c) => !!c).map((c) => [c.id, c.reference]));
    return named(events, (e) => ({
      name: refs.get(e.caseId) ?? '',
      eventType: e.type,
      href: `/cases/${e.caseId}`,
    }));
  },
  consents: async (db, ids) => {
    const consents = (await db.consents.bulkGet(ids)).filter((c) => !!c);
    const names = await personNames(
      db,
      consents.map((c) => c.personId),
    );
    return named(consents, (c) => ({
      name: names.get(c.personId) ?? '',
      href: `/people/${c.personId}`,
    }));
  },
  attendance: async (db, ids) => {
    const rows = (await db.attendance.bulkGet(ids)).filter((a) => !!a);
    const names = await personNames(
      db,
      rows.map((a) => a.personId),
    );
    const seminars = await db.seminars.bulkGet([...new Set(rows.map((a) => a.seminarId))]);
    const titles = new Map(seminars.filter((s) => !!s).map((s) => [s.id, s.title]));
    return named(rows, (a) => ({
      name: [names.get(a.personId), titles.get(a.seminarId)].filter(Boolean).join(' · '),
      href: `/seminars/${a.seminarId}`,
    }));
  },
  households: async (db, ids) => {
    const links = (await db.households.bulkGet(ids)).filter((h) => !!h);
    const names = await personNames(
      db,
      links.flatMap((h) => [h.personId, h.relatedPersonId]),
    );
    return named(links, (h) => ({
      name: `${names.get(h.personId) ?? ''} – ${names.get(h.relatedPersonId) ?? ''}`,
      href: `/people/${h.personId}`,
    }));
  },
  seminars: async (db, ids) =>
    named(await db.seminars.bulkGet(ids), (s) => ({ name: s.title, href: `/seminars/${s.id}` })),
  stakeholders: async (db, ids) =>
    named(await db.stakeholders.bulkGet(ids), (s) => ({
      name: s.name,
      href: `/stakeholders/${s.id}`,
    })),
  services: async (db, ids) =>
    named(await db.services.bulkGet(ids), (s) => ({ name: s.name, href: `/services/${s.id}` })),
  // A setting has no name of its own to show (its key is the program's, not the officer's).
  settings: async (db, ids) => named(await db.settings.bulkGet(ids), () => ({})),
  staff: async (db, ids) => named(await db.staff.bulkGet(ids), (s) => ({ name: s.displayName })),
};

/** Labels of the records the entries name (by recordKey), read a table at a time. */
export async function recordLabels(
  db: TulayDatabase,
  entries: readonly AuditEntry[],
): Promise<Map<string, RecordLabel>> {
  const idsByTable = new Map<AuditTable, Set<string>>();
  for (const e of entries) {
    // A bulk write or an export names a batch, not a record: it is described by its count.
    if (e.recordIds && e.action !== 'print') continue;
    const ids = idsByTable.get(e.table) ?? new Set<string>();
    ids.add(e.recordId);
    idsByTable.set(e.table, ids);
  }
  const out = new Map<string, RecordLabel>();
  await Promise.all(
    [...idsByTable].map(async ([table, ids]) => {
      const labeller = labellers[table];
      if (!labeller) return;
      for (const [id, label] of await labeller(db, [...ids])) out.set(recordKey(table, id), label);
    }),
  );
  return out;
}

/** The desk's staff by id, removed ones included (the trail names them too). */
export async function staffNames(db: TulayDatabase): Promise<Map<string, string>> {
  return new Map((await db.staff.toArray()).map((s) => [s.id, s.displayName]));
}
