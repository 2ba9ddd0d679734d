// Importing a stakeholder shared by another municipality into this desk's own map: a new record
// through the write path (audited, queued for sync) that remembers the entry it came from.
import { SECTORS, STAKEHOLDER_TYPES } from '../../../domain/stakeholders/taxonomy';
import type { RecordInput } from '../../../domain/records';
import { createRecord, type WriteContext } from '../../db';
import type { StakeholderView } from './catalogueViews';

const knownType = (type: string) =>
  (STAKEHOLDER_TYPES as readonly string[]).includes(type)
    ? (type as (typeof STAKEHOLDER_TYPES)[number])
    : // A type from a newer desk's list: the closest general kind, which the officer can change.
      'civilSociety';

/** The desk's record made from a shared entry: the organisation, its place and what it does. */
export function importedStakeholder(
  view: StakeholderView,
  importedAt: string,
): RecordInput<'stakeholders'> {
  const s = view.stakeholder;
  return {
    name: s.name,
    type: knownType(s.type),
    country: s.country ?? undefined,
    city: s.city ?? undefined,
    ...(s.latitude !== null && s.longitude !== null
      ? { latitude: s.latitude, longitude: s.longitude }
      : {}),
    languages: s.languages,
    sectors: s.sectors.filter((x): x is (typeof SECTORS)[number] =>
      (SECTORS as readonly string[]).includes(x),
    ),
    servicesOffered: s.servicesOffered,
    // The organisation's public contact (an office, a website) has no field of its own here.
    notes: s.contact ?? undefined,
    catalogueSource: {
      entryId: view.entryId,
      tenantId: view.tenantId,
      municipality: view.municipality,
      country: view.country ?? undefined,
      importedAt,
    },
  };
}

export function importStakeholder(ctx: WriteContext, view: StakeholderView) {
  return createRecord(ctx, 'stakeholders', importedStakeholder(view, new Date().toISOString()));
}

/** The key that ties a local stakeholder to the shared entry it was imported from. */
export const sourceKey = (source: { tenantId: string; entryId: string }) =>
  `${source.tenantId}/${source.entryId}`;
