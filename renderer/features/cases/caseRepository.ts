// Cases: intake (reference number, household link, consents, the case itself, all or nothing)
// and status changes that follow the desk preset's transitions.
import {
  formatReference,
  MAX_SEQUENCE,
  referenceCounterKey,
  referenceSequence,
} from '../../../domain/cases/reference';
import { mayChangeStatus } from '../../../domain/cases/caseAccess';
import type { CaseFacts } from '../../../domain/cases/caseFactsForm';
import { uuidv7 } from '../../../domain/ids';
import { caseSearchTokens } from '../../../domain/people/personTokens';
import { canTransition, getPreset, isClosingStatus } from '../../../domain/presets';
import type { PresetId, RecordInput, StoredRecord } from '../../../domain/records';
import {
  createRecord,
  deleteRecord,
  updateRecord,
  type TulayDatabase,
  type WriteContext,
} from '../../db';
import { linkHousehold, type Relationship } from '../people';
import { KnownError } from '../../../domain/knownError';

export type Case = StoredRecord<'cases'>;
export type ConsentPurpose = StoredRecord<'consents'>['purpose'];
export type LegalBasis = StoredRecord<'consents'>['legalBasis'];

export interface IntakeInput {
  clientId: string;
  clientRole: string;
  ofwId?: string | undefined;
  /** What the OFW is to the client, e.g. "child" when a mother reports for her daughter. */
  relationship?: Relationship | undefined;
  ofwDetails: RecordInput<'cases'>['ofwDetails'];
  migrantDetails?: RecordInput<'cases'>['migrantDetails'];
  channel: Case['channel'];
  categories: string[];
  urgency: Case['urgency'];
  description: string;
  consents: { purpose: ConsentPurpose; legalBasis: LegalBasis }[];
}

/**
 * The case's reference number: one more than the highest number a case of this desk and year
 * holds (an imported case may hold numbers above the counter) and than the year's counter. The
 * case itself then remembers the number; only sample data advances the counter, so that a real
 * case never takes a number a removed sample case held. Reading both and writing nothing more
 * keeps the intake's transaction to two round trips.
 */
/** The highest sequence number the desk holds for a year: its counter or its highest case. */
export async function highestSequence(db: TulayDatabase, prefix: string, year: number) {
  const [counter, highest] = await Promise.all([
    db.settings.get({ key: referenceCounterKey(year) }),
    db.cases
      .where('reference')
      .between(
        formatReference(prefix, year, 0),
        formatReference(prefix, year, MAX_SEQUENCE),
        true,
        true,
      )
      .lastKey(),
  ]);
  const counted = counter && !counter.deletedAt ? Number(counter.value) || 0 : 0;
  return Math.max(counted, referenceSequence(highest as string | undefined));
}

async function nextReference(ctx: WriteContext, prefix: string, at: Date) {
  const year = at.getFullYear();
  const sequence = (await highestSequence(ctx.db, prefix, year)) + 1;
  if (sequence > MAX_SEQUENCE) throw new KnownError('caseNumbersExhausted', { year });
  return formatReference(prefix, year, sequence);
}

export async function createCase(
  ctx: WriteContext,
  desk: { presetId: PresetId; referencePrefix: string },
  intake: IntakeInput,
): Promise<Case> {
  const { db } = ctx;
  const now = ctx.now?.() ?? new Date();
  const preset = getPreset(desk.presetId);
  const tables = [
    db.cases,
    db.people,
    db.households,
    db.consents,
    db.caseEvents,
    db.settings,
    db.audit,
    db.outbox,
  ];
  return db.transaction('rw', tables, async () => {
    // Independent reads and writes are issued together: each awaited round trip to the
    // database is time the officer waits after pressing Save.
    const [reference, people] = await Promise.all([
      nextReference(ctx, desk.referencePrefix, now),
      db.people.bulkGet([intake.clientId, ...(intake.ofwId ? [intake.ofwId] : [])]),
    ]);
    if (people.some((p) => !p)) throw new KnownError('personMissing');
    const caseId = uuidv7();
    const [record] = await Promise.all([
      createRecord(
        ctx,
        'cases',
        {
          reference,
          clientId: intake.clientId,
          clientRole: intake.clientRole,
          ofwId: intake.ofwId,
          categories: intake.categories,
          status: preset.initialStatus,
          urgency: intake.urgency,
          channel: intake.channel,
          description: intake.description,
          assignedTo: ctx.actor,
          openedAt: now.toISOString(),
          ofwDetails: intake.ofwDetails,
          migrantDetails: intake.migrantDetails ?? {},
          searchTokens: caseSearchTokens(
            reference,
            people as NonNullable<(typeof people)[number]>[],
          ),
        },
        { id: caseId },
      ),
      intake.ofwId && intake.relationship
        ? linkHousehold(ctx, intake.clientId, intake.ofwId, intake.relationship)
        : undefined,
      ...intake.consents.map((consent) =>
        createRecord(ctx, 'consents', {
          personId: intake.clientId,
          caseId,
          purpose: consent.purpose,
          legalBasis: consent.legalBasis,
          givenAt: now.toISOString(),
          takenBy: ctx.actor,
        }),
      ),
    ]);
    return record;
  });
}

/**
 * Corrects the facts of a saved case (details of the person concerned, channel, categories,
 * urgency, description). The write path records, audits and queues for sync only the fields
 * whose value changed. The preset lists every field of its details record, so the form's
 * details replace the stored ones (a cleared input removes its value).
 */
export async function updateCaseFacts(
  ctx: WriteContext,
  presetId: PresetId,
  caseId: string,
  facts: CaseFacts,
): Promise<Case> {
  const { details, ...rest } = facts;
  const preset = getPreset(presetId);
  return updateRecord(ctx, 'cases', caseId, {
    ...rest,
    ...(preset.detailsRecord === 'ofwDetails'
      ? { ofwDetails: details }
      : { migrantDetails: details }),
  });
}

export class TransitionError extends Error {
  constructor(readonly problem: 'notAllowed' | 'outcomeRequired' | 'restricted') {
    super(problem);
    this.name = 'TransitionError';
  }
}

/**
 * Refused to a staff member whose role may not change a restricted case (a clerk): its outcome
 * and timeline are not theirs to read, so not theirs to write. A write not made by a staff
 * member (a script, a test) is not refused.
 */
async function checkMayChange(ctx: WriteContext, categories: readonly string[]) {
  const staff = await ctx.db.staff.get(ctx.actor);
  if (staff && !mayChangeStatus(staff.role, categories)) throw new TransitionError('restricted');
}

/** Moves a case to another status; a closing status needs an outcome. */
export async function changeStatus(
  ctx: WriteContext,
  presetId: PresetId,
  caseId: string,
  to: string,
  outcome?: string,
) {
  const { db } = ctx;
  const preset = getPreset(presetId);
  const stores = [db.cases, db.caseEvents, db.staff, db.audit, db.outbox];
  return db.transaction('rw', stores, async () => {
    const current = await db.cases.get(caseId);
    if (!current) throw new KnownError('caseMissing');
    await checkMayChange(ctx, current.categories);
    if (!canTransition(preset, current.status, to)) throw new TransitionError('notAllowed');
    const closing = isClosingStatus(preset, to);
    if (closing && !outcome?.trim()) throw new TransitionError('outcomeRequired');
    const at = (ctx.now?.() ?? new Date()).toISOString();
    await updateRecord(ctx, 'cases', caseId, {
      status: to,
      closedAt: closing ? at : undefined,
      outcome: closing ? outcome!.trim() : undefined,
    });
    return createRecord(ctx, 'caseEvents', {
      caseId,
      type: 'statusChange',
      at,
      fromStatus: current.status,
      toStatus: to,
      fromClosedAt: current.closedAt,
      fromOutcome: current.outcome,
      text: closing ? outcome!.trim() : undefined,
    });
  });
}

export class UndoRefused extends Error {
  constructor(readonly problem: 'notFound' | 'otherCase' | 'changedSince') {
    super(problem);
    this.name = 'UndoRefused';
  }
}

/**
 * Undoes a status change just made (the "Undo" after a click): the case gets back the status,
 * closing date and outcome it had before, and the timeline entry is withdrawn. Refused for an
 * entry of another case, and for any but the case's latest status change.
 */
export async function undoStatusChange(ctx: WriteContext, caseId: string, eventId: string) {
  const { db } = ctx;
  const stores = [db.cases, db.caseEvents, db.staff, db.audit, db.outbox];
  await db.transaction('rw', stores, async () => {
    const event = await db.caseEvents.get(eventId);
    const current = await db.cases.get(caseId);
    if (!event || event.deletedAt || event.type !== 'statusChange' || !event.fromStatus || !current)
      throw new UndoRefused('notFound');
    await checkMayChange(ctx, current.categories);
    if (event.caseId !== caseId) throw new UndoRefused('otherCase');
    const later = await db.caseEvents
      .where('[caseId+at]')
      .between([caseId, event.at], [caseId, '\uffff'])
      .filter((e) => e.type === 'statusChange' && !e.deletedAt && e.id !== event.id)
      .count();
    if (later > 0 || current.status !== event.toStatus) throw new UndoRefused('changedSince');
    await updateRecord(ctx, 'cases', caseId, {
      status: event.fromStatus,
      closedAt: event.fromClosedAt,
      outcome: event.fromOutcome,
    });
    await deleteRecord(ctx, 'caseEvents', eventId);
  });
}
