// Retention on this desk's database: the periods (a setting), which cases are due (read in
// chunks, filtered in memory: no index holds the closing date), and the run that anonymises them
// through the single write path, a batch per transaction, so that each record's change is audited
// and queued for sync field by field, the page stays responsive, and a cancel keeps what is done.
import type { Table } from 'dexie';
import { uuidv7 } from '../../../domain/ids';
import type { StoredRecord } from '../../../domain/records';
import type { AuditEntry } from '../../../domain/records/internal';
import { anonymiseFields, ageGroupAtOpening } from '../../../domain/retention/anonymise';
import {
  isExpired,
  parseRetentionPeriods,
  type RetentionPeriods,
} from '../../../domain/retention/periods';
import { candidatePeople, selectPeopleToAnonymise } from '../../../domain/retention/people';
import {
  createRecord,
  replaceReadRecord,
  updateReadRecord,
  type TulayDatabase,
  type WriteContext,
} from '../../db';
import { stripMeta } from '../../db/recordFields';

export const RETENTION_SETTING = 'retentionPeriods';

/** The periods as the desk set them (a record of the settings table), or the defaults. */
export async function readRetentionPeriods(db: TulayDatabase): Promise<RetentionPeriods> {
  const record = await db.settings.get({ key: RETENTION_SETTING });
  return parseRetentionPeriods(record && !record.deletedAt ? record.value : undefined);
}

/** Saves the periods through the write path (audited, synced like every setting). */
export async function saveRetentionPeriods(ctx: WriteContext, periods: RetentionPeriods) {
  const { db } = ctx;
  await db.transaction('rw', [db.settings, db.audit, db.outbox], async () => {
    const existing = await db.settings.get({ key: RETENTION_SETTING });
    if (existing) await updateReadRecord(ctx, 'settings', existing, { value: periods });
    else await createRecord(ctx, 'settings', { key: RETENTION_SETTING, value: periods });
  });
}

/** A case due for anonymising, as the preview lists it (never a name). */
export interface DueCase {
  id: string;
  reference: string;
  categories: string[];
  closedAt: string;
  clientId: string;
  ofwId?: string | undefined;
}

/** What a run will do: the cases, the people going with them, in batches. */
export interface RetentionPlan {
  cases: DueCase[];
  people: number;
  /** Each batch's cases, and the people whose last case of the run it holds. */
  batches: { caseIds: string[]; personIds: string[] }[];
}

const READ_CHUNK = 2_000;
/** Cases per transaction: small enough that the page keeps answering between them. */
export const RUN_BATCH = 100;

type Case = StoredRecord<'cases'>;

/** Every case due on `today`, oldest closing first. */
export async function findDueCases(
  db: TulayDatabase,
  periods: RetentionPeriods,
  isClosing: (status: string) => boolean,
  today: string,
): Promise<DueCase[]> {
  const due: DueCase[] = [];
  let last: string | null = null;
  for (;;) {
    const from = last === null ? db.cases.toCollection() : db.cases.where(':id').above(last);
    const chunk: Case[] = await from.limit(READ_CHUNK).toArray();
    for (const c of chunk) {
      if (!isExpired(c, periods, isClosing, today)) continue;
      due.push({
        id: c.id,
        reference: c.reference,
        categories: c.categories,
        closedAt: c.closedAt!,
        clientId: c.clientId,
        ofwId: c.ofwId,
      });
    }
    if (chunk.length < READ_CHUNK) break;
    last = chunk[chunk.length - 1]!.id;
  }
  return due.sort((a, b) => a.closedAt.localeCompare(b.closedAt) || a.id.localeCompare(b.id));
}

/** Which people go with the due cases (domain/retention/people.ts), and the batches. */
export async function planRetention(db: TulayDatabase, due: DueCase[]): Promise<RetentionPlan> {
  const candidates = candidatePeople(due);
  const [otherCases, registrations, links, people] = await Promise.all([
    db.cases.where('clientId').anyOf(candidates).or('ofwId').anyOf(candidates).toArray(),
    db.attendance.where('personId').anyOf(candidates).toArray(),
    db.households
      .where('personId')
      .anyOf(candidates)
      .or('relatedPersonId')
      .anyOf(candidates)
      .toArray(),
    db.people.bulkGet(candidates),
  ]);
  const anonymisedPeople = new Set(people.flatMap((p) => (p?.anonymisedAt ? [p.id] : [])));
  const chosen = selectPeopleToAnonymise({
    expired: due,
    otherCases,
    registrations,
    links,
    anonymisedPeople,
  });
  const batches: RetentionPlan['batches'] = [];
  const lastBatch = new Map<string, number>();
  for (let i = 0; i < due.length; i += RUN_BATCH) {
    const slice = due.slice(i, i + RUN_BATCH);
    const index = batches.length;
    batches.push({ caseIds: slice.map((c) => c.id), personIds: [] });
    for (const c of slice)
      for (const id of c.ofwId ? [c.clientId, c.ofwId] : [c.clientId])
        if (chosen.has(id)) lastBatch.set(id, index);
  }
  for (const [id, index] of lastBatch) batches[index]!.personIds.push(id);
  return { cases: due, people: chosen.size, batches };
}

export interface RetentionResult {
  cases: number;
  people: number;
  cancelled: boolean;
}

export interface RunOptions {
  periods: RetentionPeriods;
  isClosing: (status: string) => boolean;
  today: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

async function anonymiseAll<T extends 'cases' | 'caseEvents' | 'consents' | 'people'>(
  ctx: WriteContext,
  table: T,
  records: readonly StoredRecord<T>[],
  at: string,
  extra: (record: StoredRecord<T>) => Record<string, unknown> = () => ({}),
) {
  await Promise.all(
    records
      .filter((r) => !r.anonymisedAt)
      .map((r) =>
        replaceReadRecord(ctx, table, r, {
          ...anonymiseFields(table, stripMeta(r) as Record<string, unknown>, at),
          ...extra(r),
        } as never),
      ),
  );
}

/** One batch in one transaction; returns how many cases and people it anonymised. */
async function runBatch(
  ctx: WriteContext,
  batch: RetentionPlan['batches'][number],
  options: RunOptions,
): Promise<{ caseIds: string[]; people: number }> {
  const { db } = ctx;
  const tables: Table[] = [
    db.cases,
    db.people,
    db.caseEvents,
    db.consents,
    db.attendance,
    db.audit,
    db.outbox,
  ];
  return db.transaction('rw', tables, async () => {
    const at = (ctx.now?.() ?? new Date()).toISOString();
    // Read again: a case re-opened since the preview is left alone.
    const read = await db.cases.bulkGet(batch.caseIds);
    const cases = read.filter(
      (c): c is Case => !!c && isExpired(c, options.periods, options.isClosing, options.today),
    );
    const caseIds = cases.map((c) => c.id);
    const concerned = await db.people.bulkGet(cases.map((c) => c.ofwId ?? c.clientId));
    const birthDates = new Map(concerned.flatMap((p) => (p ? [[p.id, p.birthDate]] : [])));
    const events = await db.caseEvents.where('caseId').anyOf(caseIds).toArray();
    await anonymiseAll(ctx, 'cases', cases, at, (c) => {
      const group = ageGroupAtOpening(birthDates.get(c.ofwId ?? c.clientId), c.openedAt);
      return group ? { ageGroup: group } : {};
    });
    await anonymiseAll(ctx, 'caseEvents', events, at);
    // A person goes only if, now that this batch is written, nothing of theirs is kept whole.
    const [theirCases, theirRegistrations] = await Promise.all([
      db.cases
        .where('clientId')
        .anyOf(batch.personIds)
        .or('ofwId')
        .anyOf(batch.personIds)
        .toArray(),
      db.attendance.where('personId').anyOf(batch.personIds).toArray(),
    ]);
    const kept = new Set<string>();
    for (const c of theirCases)
      if (!c.deletedAt && !c.anonymisedAt)
        for (const id of c.ofwId ? [c.clientId, c.ofwId] : [c.clientId]) kept.add(id);
    for (const r of theirRegistrations) if (!r.deletedAt) kept.add(r.personId);
    const personIds = batch.personIds.filter((id) => !kept.has(id));
    const people = (await db.people.bulkGet(personIds)).filter(
      (p): p is StoredRecord<'people'> => !!p && !p.anonymisedAt,
    );
    const consents = await db.consents
      .where('caseId')
      .anyOf(caseIds)
      .or('personId')
      .anyOf(people.map((p) => p.id))
      .toArray();
    await anonymiseAll(ctx, 'consents', consents, at);
    await anonymiseAll(ctx, 'people', people, at);
    return { caseIds, people: people.length };
  });
}

/**
 * Anonymises the plan's cases and people, a batch per transaction, and records the run in the
 * audit trail (one entry: counts, periods, the cases' ids). A cancel stops between batches;
 * what is done stays done and the entry says it was stopped.
 */
export async function runRetention(
  ctx: WriteContext,
  plan: RetentionPlan,
  options: RunOptions,
): Promise<RetentionResult> {
  const result: RetentionResult = { cases: 0, people: 0, cancelled: false };
  const done: string[] = [];
  const total = plan.cases.length;
  let seen = 0;
  options.onProgress?.(0, total);
  try {
    for (const batch of plan.batches) {
      if (options.signal?.aborted) {
        result.cancelled = true;
        break;
      }
      const counts = await runBatch(ctx, batch, options);
      result.cases += counts.caseIds.length;
      result.people += counts.people;
      done.push(...counts.caseIds);
      seen += batch.caseIds.length;
      options.onProgress?.(seen, total);
      // A turn of the event loop between batches: the page paints, a click on Cancel lands.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    await recordRun(ctx, result, options.periods, done);
  }
  return result;
}

async function recordRun(
  ctx: WriteContext,
  result: RetentionResult,
  periods: RetentionPeriods,
  caseIds: string[],
) {
  const at = (ctx.now?.() ?? new Date()).toISOString();
  const id = uuidv7();
  const entry: AuditEntry = {
    id,
    at,
    actor: ctx.actor,
    action: 'anonymise',
    table: 'cases',
    recordId: id,
    recordIds: caseIds,
    fields: [],
    retention: {
      ...result,
      defaultYears: periods.defaultYears,
      byCategory: { ...periods.byCategory },
    },
  };
  await ctx.db.transaction('rw', [ctx.db.audit], () => ctx.db.audit.add(entry));
}
