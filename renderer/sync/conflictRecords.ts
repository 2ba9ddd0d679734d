// What the "Needs review" list calls a conflict's record: the case reference and client, the
// person's name, the seminar's title, the organisation's name… read from the desk's own copy.
import type { ConflictEntry } from '../../domain/records/internal';
import type { TulayDatabase } from '../db';
import { referencedIds, valueKindOf } from './conflictValueKinds';

type Row = Record<string, unknown> | undefined;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export const personName = (person: Row) =>
  person
    ? [person.givenName, person.middleName, person.familyName].map(text).filter(Boolean).join(' ')
    : '';

async function caseTitle(db: TulayDatabase, caseId: unknown) {
  const kase = typeof caseId === 'string' ? await db.cases.get(caseId) : undefined;
  if (!kase) return '';
  const client = await db.people.get(kase.clientId);
  return [kase.reference, personName(client)].filter(Boolean).join(' · ');
}

async function nameOf(db: TulayDatabase, personId: unknown) {
  return typeof personId === 'string' ? personName(await db.people.get(personId)) : '';
}

/** A readable name of the conflict's record ('' when this desk does not hold it). */
export async function describeConflictRecord(
  db: TulayDatabase,
  conflict: Pick<ConflictEntry, 'table' | 'recordId'>,
): Promise<string> {
  const row = (await db.table(conflict.table).get(conflict.recordId)) as Row;
  if (!row) return '';
  switch (conflict.table) {
    case 'cases':
      return caseTitle(db, row.id);
    case 'people':
      return personName(row);
    case 'caseEvents':
      return caseTitle(db, row.caseId);
    case 'consents':
    case 'households':
      return nameOf(db, row.personId);
    case 'attendance': {
      const seminar =
        typeof row.seminarId === 'string' ? await db.seminars.get(row.seminarId) : undefined;
      return [await nameOf(db, row.personId), seminar?.title ?? ''].filter(Boolean).join(' · ');
    }
    case 'seminars':
      return text(row.title);
    case 'stakeholderLinks': {
      const ids = [row.fromId, row.toId].filter((id): id is string => typeof id === 'string');
      const ends = await db.stakeholders.bulkGet(ids);
      return ends
        .map((s) => s?.name ?? '')
        .filter(Boolean)
        .join(' → ');
    }
    case 'staff':
      return text(row.displayName);
    default:
      return text(row.name);
  }
}

/** The names of the people, organisations and seminars the conflict's two values point at. */
export async function referencedNames(
  db: TulayDatabase,
  conflict: Pick<ConflictEntry, 'table' | 'field' | 'storedValue' | 'otherValue'>,
): Promise<Record<string, string>> {
  const kind = valueKindOf(conflict.table, conflict.field);
  const ids = [
    ...new Set([
      ...referencedIds(kind, conflict.storedValue),
      ...referencedIds(kind, conflict.otherValue),
    ]),
  ];
  if (ids.length === 0 || !kind) return {};
  const rows: Row[] =
    kind.kind === 'person'
      ? await db.people.bulkGet(ids)
      : kind.kind === 'stakeholder'
        ? await db.stakeholders.bulkGet(ids)
        : await db.seminars.bulkGet(ids);
  const nameOfRow = (row: Row) =>
    kind.kind === 'person'
      ? personName(row)
      : text(kind.kind === 'seminar' ? row?.title : row?.name);
  const names: Record<string, string> = {};
  ids.forEach((id, i) => (names[id] = nameOfRow(rows[i])));
  return names;
}
