// A referral needs the client's consent to be referred to that partner. Without
// it, only a supervisor may override, with a reason, and the override is logged.
export interface ConsentLike {
  purpose: string;
  legalBasis: string;
  partnerId?: string | undefined;
  withdrawnAt?: string | undefined;
  deletedAt?: string | null;
}

export type ReferralPermission =
  { allowed: true; basis: 'consent' | 'otherLegalBasis' } | { allowed: false; reason: 'noConsent' };

/** Consent to referral counts if it names this partner or no partner (any partner). */
export function referralPermission(consents: ConsentLike[], partnerId: string): ReferralPermission {
  const valid = consents.filter(
    (c) =>
      c.purpose === 'referral' &&
      !c.withdrawnAt &&
      !c.deletedAt &&
      (c.partnerId === undefined || c.partnerId === partnerId),
  );
  if (valid.some((c) => c.legalBasis === 'consent')) return { allowed: true, basis: 'consent' };
  if (valid.length > 0) return { allowed: true, basis: 'otherLegalBasis' };
  return { allowed: false, reason: 'noConsent' };
}

export interface OverrideRequest {
  role: string;
  reason: string;
}

export type OverrideCheck =
  { ok: true } | { ok: false; problem: 'notSupervisor' | 'reasonRequired' };

export function checkOverride({ role, reason }: OverrideRequest): OverrideCheck {
  if (role !== 'supervisor' && role !== 'admin') return { ok: false, problem: 'notSupervisor' };
  if (reason.trim().length < 10) return { ok: false, problem: 'reasonRequired' };
  return { ok: true };
}
