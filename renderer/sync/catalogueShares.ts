// The stakeholders this desk shares with the public catalogue. A stakeholder's "Share with the
// catalogue" switch is a field of its record; what the catalogue holds is kept per stakeholder in
// the desk-local catalogueShares table, so only what changed is sent: a shared stakeholder edited
// since its last publication is published again, one switched off (or deleted) is withdrawn.
// Withdrawing never touches the desk's own record.
import type { SharedStakeholder } from '../../domain/sync';
import type { StoredRecord } from '../../domain/records';
import type { TulayDatabase } from '../db';
import type { FetchLike } from './client';
import { publishStakeholder, type DeskConnection } from './publicCatalogue';

/** What the catalogue shows of a stakeholder: the organisation, never its notes or contacts. */
export function sharedStakeholderOf(s: StoredRecord<'stakeholders'>): SharedStakeholder {
  return {
    name: s.name,
    type: s.type,
    country: s.country ?? null,
    city: s.city ?? null,
    latitude: s.latitude ?? null,
    longitude: s.longitude ?? null,
    languages: s.languages,
    sectors: s.sectors,
    servicesOffered: s.servicesOffered,
    contact: null,
  };
}

const isShared = (s: StoredRecord<'stakeholders'> | undefined) =>
  Boolean(s && s.shareWithCatalogue && !s.deletedAt);

/** The changes the catalogue has not seen yet: to publish, and to withdraw. */
export async function pendingShares(db: TulayDatabase) {
  const [stakeholders, shares] = await Promise.all([
    db.stakeholders.toArray(),
    db.catalogueShares.toArray(),
  ]);
  const byId = new Map(stakeholders.map((s) => [s.id, s]));
  const published = new Map(shares.map((share) => [share.id, share.publishedVersion]));
  const publish = stakeholders.filter((s) => isShared(s) && published.get(s.id) !== s.updatedAt);
  const withdraw = shares
    .filter((share) => share.publishedVersion !== null && !isShared(byId.get(share.id)))
    .map((share) => share.id);
  return { publish, withdraw };
}

/** Sends what changed; each success is recorded at once, so a failure half-way loses nothing. */
export async function publishShares(
  db: TulayDatabase,
  connection: DeskConnection,
  fetchImpl?: FetchLike,
): Promise<{ published: number; withdrawn: number }> {
  const { publish, withdraw } = await pendingShares(db);
  for (const s of publish) {
    await publishStakeholder(connection, s.id, sharedStakeholderOf(s), fetchImpl);
    const at = new Date().toISOString();
    await db.catalogueShares.put({ id: s.id, publishedVersion: s.updatedAt, at });
  }
  for (const id of withdraw) {
    await publishStakeholder(connection, id, null, fetchImpl);
    await db.catalogueShares.put({ id, publishedVersion: null, at: new Date().toISOString() });
  }
  return { published: publish.length, withdrawn: withdraw.length };
}
