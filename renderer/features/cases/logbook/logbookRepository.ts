// Importing a logbook: the checked rows become cases of the people they name, all in ONE
// transaction, so that a failure or a cancel (which aborts it at once) leaves the database as it
// was. People are matched (logbookPeople.ts) and never doubled; a case keeps its original date
// and, when the logbook wrote a Tulay reference, that reference. A second import of the same
// file is recognised row by row: a row whose case is already recorded (same reference, or same
// person, day and description) is refused as already imported, so that a logbook that grew
// since the last import brings in its new rows only.
import Dexie from 'dexie';
import type { LogbookEntry, LogbookRow } from '../../../../domain/cases/logbook/checkLogbook';
import { caseSearchTokens, personSearchTokens } from '../../../../domain/people/personTokens';
import type { DeskPreset } from '../../../../domain/presets/types';
import { createRecords } from '../../../db/createRecords';
import type { TulayDatabase, WriteContext } from '../../../db';
import { PeopleMatcher, type KnownPerson } from './logbookPeople';
import { ReferenceBook, isTulayReference } from './logbookReferences';

export interface RefusedRow {
  line: number;
  name: string;
  cells: readonly string[];
  /** Keys of the logbook namespace, with the value as written. */
  reasons: { reason: string; value?: string }[];
}

export interface LogbookSummary {
  casesCreated: number;
  peopleCreated: number;
  peopleMatched: number;
  refused: RefusedRow[];
}

export interface ImportOptions {
  preset: DeskPreset;
  referencePrefix: string;
  /** Called after each chunk is written: records written so far, and of how many. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Works out the summary (matches, already imported rows) and writes nothing: the preview. */
  dryRun?: boolean;
}

/** Records per bulk write: a chunk's end is when the progress bar moves. */
const CHUNK = 2000;

/** The case's day at nine in the morning, local time: the day stays the day it was written. */
const openedAtOf = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 9).toISOString();
};

const caseKey = (personId: string, openedAt: string, description: string) =>
  `${personId}|${openedAt.slice(0, 10)}|${description}`;

function refusal(row: LogbookRow, reason: string): RefusedRow {
  return { line: row.line, name: row.name, cells: row.cells, reasons: [{ reason }] };
}

async function recordedCases(db: TulayDatabase, personIds: string[], references: string[]) {
  const [byPerson, byReference] = await Promise.all([
    db.cases.where('clientId').anyOf(personIds).toArray(),
    db.cases.where('reference').anyOf(references).toArray(),
  ]);
  return {
    keys: new Set(
      byPerson
        .filter((c) => !c.deletedAt)
        .map((c) => caseKey(c.clientId, c.openedAt, c.description)),
    ),
    references: new Set(byReference.map((c) => c.reference)),
  };
}

function personInput(person: KnownPerson) {
  const { id, givenName, familyName, sex, birthDate, phone, barangay } = person;
  const input = { givenName, familyName, sex, birthDate, phone, barangay };
  return { ...input, id, searchTokens: personSearchTokens(input) };
}

function descriptionOf(entry: LogbookEntry) {
  if (!entry.reference || isTulayReference(entry.reference)) return entry.description;
  return `Ref. ${entry.reference} — ${entry.description}`;
}

function caseInput(
  entry: LogbookEntry,
  person: KnownPerson,
  reference: string,
  options: ImportOptions,
) {
  const openedAt = openedAtOf(entry.openedDate);
  const closing = options.preset.statuses.find((s) => s.id === entry.status)?.closing;
  const details = entry.country
    ? options.preset.detailsRecord === 'ofwDetails'
      ? { ofwDetails: { destinationCountry: entry.country } }
      : { migrantDetails: { countryOfOrigin: entry.country } }
    : {};
  return {
    reference,
    clientId: person.id,
    clientRole: entry.clientRole,
    categories: [entry.category],
    status: entry.status,
    urgency: 'normal' as const,
    channel: 'walkIn' as const,
    description: descriptionOf(entry),
    openedAt,
    ...(closing ? { closedAt: openedAt } : {}),
    ofwDetails: {},
    migrantDetails: {},
    ...details,
    searchTokens: caseSearchTokens(reference, [person]),
  };
}

/** Imports the rows without problems (all or nothing); the others are refused with their reasons. */
export async function importLogbook(
  ctx: WriteContext,
  rows: readonly LogbookRow[],
  options: ImportOptions,
): Promise<LogbookSummary> {
  try {
    return await importInTransaction(ctx, rows, options);
  } catch (error) {
    // A cancel in the middle of a chunk aborts the transaction: Dexie's "Transaction aborted".
    if (options.signal?.aborted) throw new DOMException('Import cancelled', 'AbortError');
    throw error;
  }
}

async function importInTransaction(
  ctx: WriteContext,
  rows: readonly LogbookRow[],
  options: ImportOptions,
): Promise<LogbookSummary> {
  const { db } = ctx;
  const tables = [db.cases, db.people, db.settings, db.audit, db.outbox];
  return db.transaction(options.dryRun ? 'r' : 'rw', tables, async () => {
    const refused: RefusedRow[] = rows
      .filter((row) => !row.entry)
      .map((row) => ({ line: row.line, name: row.name, cells: row.cells, reasons: row.problems }));
    const people = await db.people.filter((p) => !p.deletedAt).toArray();
    const matcher = new PeopleMatcher(people);
    const valid = rows.filter((row): row is LogbookRow & { entry: LogbookEntry } => !!row.entry);
    const matched = valid.map((row) => ({ row, person: matcher.match(row.entry.person) }));
    const known = [...new Set(matched.filter((m) => m.person.existing).map((m) => m.person.id))];
    const kept = valid
      .map((r) => r.entry.reference)
      .filter((r): r is string => !!r && isTulayReference(r));
    const recorded = await recordedCases(db, known, kept);
    const book = await ReferenceBook.open(
      db,
      options.referencePrefix,
      valid.map((r) => r.entry),
    );
    const cases = [];
    const used = new Set<string>();
    for (const { row, person } of matched) {
      const key = caseKey(person.id, openedAtOf(row.entry.openedDate), descriptionOf(row.entry));
      const written = row.entry.reference;
      const ownReference = written && isTulayReference(written) ? written : undefined;
      if (recorded.keys.has(key) || (ownReference && recorded.references.has(ownReference))) {
        refused.push(refusal(row, 'problems.alreadyImported'));
      } else if (used.has(key) || (ownReference && used.has(ownReference))) {
        refused.push(refusal(row, 'problems.repeatedRow'));
      } else {
        used.add(key);
        if (ownReference) used.add(ownReference);
        const reference = ownReference ?? book.next(row.entry.openedDate);
        cases.push(caseInput(row.entry, person, reference, options));
      }
    }
    const casePeople = new Set(cases.map((c) => c.clientId));
    const newPeople = matcher.created
      .filter((p) => casePeople.has(p.id))
      .map((p) => personInput(p));
    const created = new Set(newPeople.map((p) => p.id));
    if (!options.dryRun) await writeInChunks(ctx, newPeople, cases, options);
    return {
      casesCreated: cases.length,
      peopleCreated: newPeople.length,
      peopleMatched: [...casePeople].filter((id) => !created.has(id)).length,
      refused: refused.sort((a, b) => a.line - b.line),
    };
  });
}

async function writeInChunks(
  ctx: WriteContext,
  people: Parameters<typeof createRecords<'people'>>[2],
  cases: Parameters<typeof createRecords<'cases'>>[2],
  options: ImportOptions,
) {
  const total = people.length + cases.length;
  let done = 0;
  const write = async <T extends 'people' | 'cases'>(
    table: T,
    items: Parameters<typeof createRecords<T>>[2],
  ) => {
    for (let start = 0; start < items.length; start += CHUNK) {
      if (options.signal?.aborted) throw new DOMException('Import cancelled', 'AbortError');
      const chunk = items.slice(start, start + CHUNK);
      await createRecords(ctx, table, chunk);
      done += chunk.length;
      options.onProgress?.(done, total);
    }
  };
  const stopListening = cancelAtOnce(options.signal);
  try {
    await write('people', people);
    await write('cases', cases);
  } finally {
    stopListening();
  }
}

/**
 * A cancel aborts the import's transaction at once, in the middle of a chunk, and every chunk
 * written before it is rolled back with it. Checked only between chunks, a cancel waited for the
 * chunk's 2,000 records to be written: seconds, and over a minute on a slow, busy PC. Returns
 * what stops listening.
 */
function cancelAtOnce(signal: AbortSignal | undefined) {
  const tx = Dexie.currentTransaction;
  if (!signal || !tx) return () => {};
  const abort = () => tx.abort();
  signal.addEventListener('abort', abort, { once: true });
  return () => signal.removeEventListener('abort', abort);
}
