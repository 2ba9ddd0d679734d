// The certificates of a session (or of one attendee): numbers are issued first, in one
// transaction, then the attendees are read with their numbers. Printing is an export of
// personal data, so it is written to the audit trail. Before the session's day none is issued.
import { useEffect, useMemo, useState } from 'react';
import { recordAccess, useWriteContext } from '../../../db';
import { useDesk } from '../../settings';
import { attended, CertificateError, issueCertificates } from '../certificateRepository';
import { useRoster, type RosterEntry } from '../useRoster';

export type CertificatesState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'beforeSession' }
  | { status: 'ready'; attendees: RosterEntry[] };

export function useCertificates(seminarId: string, attendanceId?: string): CertificatesState {
  const ctx = useWriteContext();
  const { referencePrefix } = useDesk().profile;
  const roster = useRoster(seminarId);
  const [issued, setIssued] = useState<
    { done: true } | { error: unknown } | { beforeSession: true } | null
  >(null);

  useEffect(() => {
    let live = true;
    issueCertificates(ctx, referencePrefix, seminarId, attendanceId)
      .then(() => recordAccess(ctx, 'export', 'seminars', seminarId))
      .then(() => live && setIssued({ done: true }))
      .catch(
        (error: unknown) =>
          live &&
          setIssued(error instanceof CertificateError ? { beforeSession: true } : { error }),
      );
    return () => {
      live = false;
    };
  }, [ctx, referencePrefix, seminarId, attendanceId]);

  return useMemo(() => {
    if (issued && 'error' in issued) return { status: 'failed', error: issued.error };
    if (issued && 'beforeSession' in issued) return { status: 'beforeSession' };
    if (!issued || !roster) return { status: 'loading' };
    const attendees = roster.filter(
      (r) =>
        attended(r.attendance) &&
        !!r.attendance.certificateNumber &&
        (!attendanceId || r.attendance.id === attendanceId),
    );
    return { status: 'ready', attendees };
  }, [issued, roster, attendanceId]);
}
