// Settings → Sync, after a refusal: claim another case number prefix with the catalogue, and
// only once it is accepted make it the desk's prefix and let sync start.
import { useCallback } from 'react';
import type { DeskProfile } from '../../domain/records';
import { useWriteContext } from '../db';
import { readSetting, SETTING_KEYS, writeSetting } from '../features/settings';
import { claimPrefixOn, type ClaimOutcome } from './prefixClaim';
import { useSyncService } from './SyncProvider';

export type PrefixChange = ClaimOutcome | { ok: false; kind: 'notSaved'; error: unknown };

export function useChangePrefix() {
  const ctx = useWriteContext();
  const service = useSyncService();
  return useCallback(
    async (
      connection: { address: string; token: string },
      prefix: string,
    ): Promise<PrefixChange> => {
      const outcome = await claimPrefixOn(connection, prefix);
      if (!outcome.ok) return outcome;
      try {
        const profile = await readSetting<DeskProfile>(ctx.db, SETTING_KEYS.deskProfile);
        if (!profile) throw new Error('the desk profile is missing');
        await writeSetting(ctx, SETTING_KEYS.deskProfile, { ...profile, referencePrefix: prefix });
      } catch (error) {
        return { ok: false, kind: 'notSaved', error };
      }
      await service.reload();
      return outcome;
    },
    [ctx, service],
  );
}
