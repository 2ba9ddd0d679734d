// The desk's case reference prefix and the catalogue's word on it (docs/catalogue.md,
// "Reference prefixes"): claimed when sync is set up, before the first sync, and before the
// prefix changes in Settings, so that no two desks of a municipality number cases alike.
import type { DeskProfile } from '../../domain/records';
import type { TulayDatabase } from '../db';
import { readSetting, SETTING_KEYS } from '../features/settings';
import { CatalogueClient, SyncProblem, type SyncProblemKind } from './client';
import { readSyncSettings } from './syncSettings';

export async function readDeskPrefix(db: TulayDatabase): Promise<string | undefined> {
  return (await readSetting<DeskProfile>(db, SETTING_KEYS.deskProfile))?.referencePrefix;
}

export type ClaimOutcome =
  | { ok: true }
  | { ok: false; kind: 'prefixTaken'; heldBy: string }
  | { ok: false; kind: Exclude<SyncProblemKind, 'prefixTaken'> };

/** Asks the catalogue for `prefix` on this connection; every failure as an outcome to show. */
export async function claimPrefixOn(
  connection: { address: string; token: string },
  prefix: string,
): Promise<ClaimOutcome> {
  try {
    await new CatalogueClient(connection).claimPrefix(prefix);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof SyncProblem)) return { ok: false, kind: 'server' };
    if (error.kind === 'prefixTaken')
      return { ok: false, kind: error.kind, heldBy: error.heldBy ?? '' };
    return { ok: false, kind: error.kind };
  }
}

/** What Settings → Sync shows of a claim. */
export type PrefixView =
  | { state: 'accepted'; prefix: string }
  | { state: 'refused'; prefix: string; heldBy: string }
  | { state: 'problem'; kind: SyncProblemKind };

export async function claimView(
  connection: { address: string; token: string },
  prefix: string,
): Promise<PrefixView> {
  const outcome = await claimPrefixOn(connection, prefix);
  if (outcome.ok) return { state: 'accepted', prefix };
  if (outcome.kind === 'prefixTaken') return { state: 'refused', prefix, heldBy: outcome.heldBy };
  return { state: 'problem', kind: outcome.kind };
}

/**
 * The prefix a Settings change asks for could not be taken: another desk holds it, or the
 * catalogue could not be asked. `problem` and `values` are what the error text reads
 * (renderer/ui/errorText.ts), by this error's name.
 */
export class PrefixRefused extends Error {
  constructor(
    readonly problem: 'prefixTaken' | 'prefixUnchecked',
    readonly values: { prefix: string; desk: string },
  ) {
    super(`reference prefix ${values.prefix}: ${problem}`);
    this.name = 'PrefixRefused';
  }
}

/**
 * Before the desk profile takes a new prefix: when this desk syncs with a catalogue, the
 * catalogue must accept the prefix first; throws PrefixRefused when it does not.
 */
export async function claimBeforeSaving(db: TulayDatabase, prefix: string): Promise<void> {
  const settings = await readSyncSettings(db);
  if (!settings?.address.trim() || !settings.token.trim()) return;
  if ((await readDeskPrefix(db)) === prefix) return;
  const outcome = await claimPrefixOn(settings, prefix);
  if (outcome.ok) return;
  throw new PrefixRefused(outcome.kind === 'prefixTaken' ? 'prefixTaken' : 'prefixUnchecked', {
    prefix,
    desk: outcome.kind === 'prefixTaken' ? outcome.heldBy : '',
  });
}
