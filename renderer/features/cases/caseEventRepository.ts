// The case timeline: notes, contact attempts, follow-ups, referrals and their responses.
import { checkOverride, referralPermission } from '../../../domain/cases/consentRule';
import type { StoredRecord } from '../../../domain/records';
import { createRecord, recordAccess, updateRecord, type WriteContext } from '../../db';

export type CaseEvent = StoredRecord<'caseEvents'>;

const nowIso = (ctx: WriteContext) => (ctx.now?.() ?? new Date()).toISOString();

export async function addNote(ctx: WriteContext, caseId: string, text: string) {
  return createRecord(ctx, 'caseEvents', { caseId, type: 'note', at: nowIso(ctx), text });
}

export async function addContactAttempt(ctx: WriteContext, caseId: string, text: string) {
  return createRecord(ctx, 'caseEvents', { caseId, type: 'contactAttempt', at: nowIso(ctx), text });
}

export async function addFollowUp(ctx: WriteContext, caseId: string, dueAt: string, text: string) {
  return createRecord(ctx, 'caseEvents', {
    caseId,
    type: 'followUpDue',
    at: nowIso(ctx),
    dueAt,
    text,
  });
}

/** Marks a follow-up done: the due entry gets doneAt, and the timeline a "done" entry. */
export async function completeFollowUp(ctx: WriteContext, followUp: CaseEvent, text?: string) {
  const { db } = ctx;
  await db.transaction('rw', [db.caseEvents, db.audit, db.outbox], async () => {
    const at = nowIso(ctx);
    await updateRecord(ctx, 'caseEvents', followUp.id, { doneAt: at });
    await createRecord(ctx, 'caseEvents', {
      caseId: followUp.caseId,
      type: 'followUpDone',
      at,
      text,
      relatedEventId: followUp.id,
    });
  });
}

export interface ReferralInput {
  caseId: string;
  clientId: string;
  partnerId: string;
  reason: string;
  documentsSent?: string | undefined;
  dueAt?: string | undefined;
  /** A supervisor's override when the client has not consented to this referral. */
  override?: { role: string; reason: string } | undefined;
}

export class ReferralRefused extends Error {
  constructor(readonly problem: 'noConsent' | 'notSupervisor' | 'reasonRequired') {
    super(problem);
    this.name = 'ReferralRefused';
  }
}

/** Refers a case to a partner; refused without consent unless a supervisor overrides. */
export async function addReferral(ctx: WriteContext, input: ReferralInput) {
  const { db } = ctx;
  return db.transaction('rw', [db.caseEvents, db.consents, db.audit, db.outbox], async () => {
    const consents = await db.consents.where('personId').equals(input.clientId).toArray();
    const permission = referralPermission(consents, input.partnerId);
    const at = nowIso(ctx);
    if (!permission.allowed) {
      if (!input.override) throw new ReferralRefused('noConsent');
      const check = checkOverride(input.override);
      if (!check.ok) throw new ReferralRefused(check.problem);
      const override = await createRecord(ctx, 'caseEvents', {
        caseId: input.caseId,
        type: 'consentOverride',
        at,
        partnerId: input.partnerId,
        text: input.override.reason.trim(),
      });
      // Named as an override in the trail, not only as a timeline entry created.
      await recordAccess(ctx, 'consentOverride', 'caseEvents', override.id);
    }
    return createRecord(ctx, 'caseEvents', {
      caseId: input.caseId,
      type: 'referral',
      at,
      partnerId: input.partnerId,
      text: input.reason,
      documentsSent: input.documentsSent,
      dueAt: input.dueAt,
    });
  });
}

export async function addReferralResponse(ctx: WriteContext, referral: CaseEvent, text: string) {
  return createRecord(ctx, 'caseEvents', {
    caseId: referral.caseId,
    type: 'referralResponse',
    at: nowIso(ctx),
    partnerId: referral.partnerId,
    text,
    relatedEventId: referral.id,
  });
}
