// What the referral form needs: the partners to choose from (the stakeholders, among them the
// preset's agencies), whether the client consented, and the staff member's role.
import { useLiveQuery } from 'dexie-react-hooks';
import { referralPermission, type ReferralPermission } from '../../../../domain/cases/consentRule';
import { useDatabase, useWriteContext } from '../../../db';
import { usePreset, usePresetLabel } from '../../settings';

export interface PartnerOption {
  value: string;
  label: string;
}

export function usePartnerOptions(): PartnerOption[] {
  const db = useDatabase();
  const preset = usePreset();
  const label = usePresetLabel();
  const stakeholders = useLiveQuery(() => db.stakeholders.orderBy('name').toArray(), [db]);
  const live = (stakeholders ?? []).filter((s) => !s.deletedAt);
  if (live.length > 0) return live.map((s) => ({ value: s.id, label: s.name }));
  // Before any stakeholder exists, the preset's agencies can still be chosen by their id.
  return preset.referralPartners.map((p) => ({
    value: p.id,
    label: `${label('partners', p.id)} (${p.abbreviation})`,
  }));
}

export function useReferralPermission(
  clientId: string,
  partnerId: string | null,
): ReferralPermission | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    if (!partnerId) return undefined;
    const consents = await db.consents.where('personId').equals(clientId).toArray();
    return referralPermission(consents, partnerId);
  }, [db, clientId, partnerId]);
}

export function useStaffRole(): string | undefined {
  const { db, actor } = useWriteContext();
  return useLiveQuery(async () => (await db.staff.get(actor))?.role, [db, actor]);
}
