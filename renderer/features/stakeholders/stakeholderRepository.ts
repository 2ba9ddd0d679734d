// Writes of stakeholders, all through the single write path. Deleting a stakeholder also
// deletes its links in the same transaction, so the network never shows a link to nowhere.
import type { DeskPreset } from '../../../domain/presets';
import type { Observation, RecordInput, StoredRecord } from '../../../domain/records';
import { presetPartnerName, presetPartnerType } from '../../../domain/stakeholders/presetPartners';
import {
  createRecord,
  deleteRecord,
  recordAccess,
  updateRecord,
  type WriteContext,
} from '../../db';

export type StakeholderInput = RecordInput<'stakeholders'>;
export type StoredStakeholder = StoredRecord<'stakeholders'>;

export function createStakeholder(ctx: WriteContext, input: StakeholderInput) {
  return createRecord(ctx, 'stakeholders', input);
}

export function updateStakeholder(
  ctx: WriteContext,
  id: string,
  changes: Partial<StakeholderInput>,
) {
  return updateRecord(ctx, 'stakeholders', id, changes);
}

export async function deleteStakeholder(ctx: WriteContext, id: string) {
  const { db } = ctx;
  await db.transaction(
    'rw',
    [db.stakeholders, db.stakeholderLinks, db.audit, db.outbox],
    async () => {
      const links = await db.stakeholderLinks
        .where('fromId')
        .equals(id)
        .or('toId')
        .equals(id)
        .toArray();
      for (const link of links) {
        if (!link.deletedAt) await deleteRecord(ctx, 'stakeholderLinks', link.id);
      }
      await deleteRecord(ctx, 'stakeholders', id);
    },
  );
}

/** Adds a dated observation; the list stays newest first. */
export async function addObservation(ctx: WriteContext, id: string, observation: Observation) {
  const { db } = ctx;
  return db.transaction('rw', [db.stakeholders, db.audit, db.outbox], async () => {
    const existing = await db.stakeholders.get(id);
    const observations = [observation, ...(existing?.observations ?? [])].sort((a, b) =>
      b.date.localeCompare(a.date),
    );
    return updateRecord(ctx, 'stakeholders', id, { observations });
  });
}

/** Removes one observation (the first equal to it: two identical notes are one fact twice). */
export async function removeObservation(ctx: WriteContext, id: string, observation: Observation) {
  const { db } = ctx;
  return db.transaction('rw', [db.stakeholders, db.audit, db.outbox], async () => {
    const observations = [...((await db.stakeholders.get(id))?.observations ?? [])];
    const index = observations.findIndex(
      (o) => o.date === observation.date && o.text === observation.text,
    );
    if (index >= 0) observations.splice(index, 1);
    return updateRecord(ctx, 'stakeholders', id, { observations });
  });
}

export interface PresetPartnerNaming {
  /** The desk's country: where the desk refers to these agencies. */
  country: string;
  /** The partner's full name in the desk's language at the time of creation. */
  fullName: (partnerId: string) => string;
}

/**
 * Creates one stakeholder for each referral partner of the preset that has none yet. A partner
 * whose stakeholder was deleted is not created again: the desk removed it on purpose. Runs in
 * one transaction, so two calls at once (React's strict mode does that) cannot both create it.
 */
export async function ensurePresetPartners(
  ctx: WriteContext,
  preset: DeskPreset,
  naming: PresetPartnerNaming,
): Promise<number> {
  const { db } = ctx;
  return db.transaction('rw', [db.stakeholders, db.audit, db.outbox], async () => {
    const existing = new Set<string>();
    await db.stakeholders.each((s) => s.presetPartnerId && existing.add(s.presetPartnerId));
    const missing = preset.referralPartners.filter((partner) => !existing.has(partner.id));
    for (const partner of missing) {
      await createRecord(ctx, 'stakeholders', {
        name: presetPartnerName(naming.fullName(partner.id), partner.abbreviation),
        type: presetPartnerType(partner.id),
        country: naming.country,
        engagement: 'partner',
        presetPartnerId: partner.id,
      });
    }
    return missing.length;
  });
}

/** The audit trail names every stakeholder (and link) that left the desk in an export. */
export async function recordStakeholderExport(
  ctx: WriteContext,
  ids: readonly string[],
  linkIds: readonly string[] = [],
) {
  await ctx.db.transaction('rw', [ctx.db.audit], async () => {
    for (const id of ids) await recordAccess(ctx, 'export', 'stakeholders', id);
    for (const id of linkIds) await recordAccess(ctx, 'export', 'stakeholderLinks', id);
  });
}
