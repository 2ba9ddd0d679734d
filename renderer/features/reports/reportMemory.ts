// What a period change needs, kept in memory so that a switch reads nothing it already has: the
// seminars (with their attendance counted) and the stakeholders as summaries, and each report
// asked for, by period and staff member, as it is computed (so that the period control can
// start it at the click, before the address change is rendered, and the page finds it
// ready). The case counts have their own cache (reportCountsCache.ts), read from here.
//
// Dropped, per database, on any change to the tables they come from — a write in this window
// or, through Dexie's "storagemutated" event, in another: a save, a sync pull, a restore, the
// removal of sample data — and whole at every lock (`lockDatabase` calls `dropReportMemory`), so
// no figure of a session outlives it. Each drop moves the database's version on, which tells the page to ask again.
import { Dexie, type ObservabilitySet } from 'dexie';
import { localDay } from '../../../domain/localDay';
import type { Period } from '../../../domain/reports/periods';
import { reportFigures, type ReportFigures } from '../../../domain/reports/reportFigures';
import { whenLocked, type TulayDatabase } from '../../db';
import { dropCountsCache, readPeriodRows } from './reportCountsCache';
import {
  readSeminarSummaries,
  readStakeholderSummaries,
  seminarFiguresOf,
  stakeholderFiguresOf,
  type SeminarFigures,
  type SeminarSummary,
  type StakeholderFigures,
  type StakeholderSummary,
} from './reportRepository';

export interface Report {
  period: Period;
  staff: string | null;
  cases: ReportFigures;
  seminars: SeminarFigures;
  stakeholders: StakeholderFigures;
}

/** A report asked for: its computation, and its result or failure once settled. */
export interface ReportEntry {
  readonly promise: Promise<Report>;
  value?: Report;
  error?: unknown;
}

interface Memory {
  db: TulayDatabase;
  seminars?: Promise<SeminarSummary[]>;
  stakeholders?: Promise<StakeholderSummary[]>;
  reports: Map<string, ReportEntry>;
}

/** A custom period makes a new entry at every date typed: only the last few are kept. */
const MAX_REPORTS = 24;
const memories = new Map<string, Memory>();
const versions = new Map<string, number>();
const listeners = new Set<() => void>();

const SEMINAR_TABLES = ['seminars', 'attendance'];
const STAKEHOLDER_TABLES = ['stakeholders'];
const COUNT_TABLES = ['reportCounts', 'reportMonths'];

function bump(name: string) {
  versions.set(name, (versions.get(name) ?? 0) + 1);
  for (const listener of listeners) listener();
}

Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  const names = new Set([...memories.keys(), ...versions.keys()]);
  for (const name of names) {
    const touched = (tables: readonly string[]) =>
      Object.keys(parts).some((part) => tables.some((t) => part.startsWith(`idb://${name}/${t}/`)));
    const seminars = touched(SEMINAR_TABLES);
    const stakeholders = touched(STAKEHOLDER_TABLES);
    const counts = touched(COUNT_TABLES);
    if (!seminars && !stakeholders && !counts) continue;
    const memory = memories.get(name);
    if (memory) {
      if (seminars) memory.seminars = undefined;
      if (stakeholders) memory.stakeholders = undefined;
      memory.reports = new Map();
    }
    // The counts cache drops itself on the same event; this is for the order, made sure.
    if (counts) dropCountsCache(name);
    bump(name);
  }
});

/** Forgets every figure kept of a database (a lock, a sign-out): the next report reads. */
export function dropReportMemory(name: string) {
  memories.delete(name);
  dropCountsCache(name);
  bump(name);
}
whenLocked(dropReportMemory);

/** Told when a database's figures change (for useSyncExternalStore). */
export function subscribeReportMemory(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Moves on at every drop of a database's figures. */
export const reportMemoryVersion = (name: string) => versions.get(name) ?? 0;

function memoryOf(db: TulayDatabase): Memory {
  let memory = memories.get(db.name);
  if (memory?.db !== db) memories.set(db.name, (memory = { db, reports: new Map() }));
  return memory;
}

/** A read kept while it is in memory; a failed one is forgotten, so the next report reads again. */
function kept<T>(
  memory: Memory,
  field: 'seminars' | 'stakeholders',
  read: () => Promise<T>,
): Promise<T> {
  const current = memory[field] as Promise<T> | undefined;
  if (current) return current;
  const reading = read();
  (memory[field] as Promise<T> | undefined) = reading;
  reading.catch(() => {
    if (memory[field] === (reading as unknown)) memory[field] = undefined;
  });
  return reading;
}

async function computeReport(
  db: TulayDatabase,
  memory: Memory,
  period: Period,
  staff: string | null,
): Promise<Report> {
  const now = new Date();
  const today = localDay(now);
  const [rows, seminars, stakeholders] = await Promise.all([
    readPeriodRows(db, period, staff, today),
    kept(memory, 'seminars', () => readSeminarSummaries(db)),
    kept(memory, 'stakeholders', () => readStakeholderSummaries(db)),
  ]);
  return {
    period,
    staff,
    cases: reportFigures(rows, today),
    seminars: seminarFiguresOf(seminars, period, now),
    stakeholders: stakeholderFiguresOf(stakeholders, period),
  };
}

/**
 * The report of a period (of one staff member's cases when `staff` is given): the one already
 * asked for since the last change, or a new computation, started now.
 */
export function reportEntry(db: TulayDatabase, period: Period, staff: string | null): ReportEntry {
  const memory = memoryOf(db);
  const key = `${localDay(new Date())}|${period.from}|${period.to}|${staff ?? ''}`;
  const found = memory.reports.get(key);
  if (found) {
    // The most recently asked for are kept last, and evicted last.
    memory.reports.delete(key);
    memory.reports.set(key, found);
    return found;
  }
  const promise = computeReport(db, memory, period, staff);
  const entry: ReportEntry = { promise };
  const reports = memory.reports;
  promise.then(
    (value) => (entry.value = value),
    (error: unknown) => {
      entry.error = error;
      // A failure is shown once, not kept: the next ask reads again.
      if (reports.get(key) === entry) reports.delete(key);
    },
  );
  reports.set(key, entry);
  while (reports.size > MAX_REPORTS) reports.delete(reports.keys().next().value!);
  return entry;
}
