// Who is signed in, with the desk's keys; null while the desk is locked or before anyone signed
// in. Everything that shows case data renders below a session, so ending it unmounts them all.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { StaffRole } from '../../../domain/records';
import type { DeskKeys } from '../../../domain/security/deskKeys';

export interface Session {
  staffId: string;
  name: string;
  role: StaffRole;
  /** The desk keys, only in memory; encryption at rest will read with them. */
  keys: DeskKeys;
}

interface SessionState {
  session: Session | null;
  /** Who locked the desk (offered first on the sign-in screen); null at start. */
  lockedBy: string | null;
  /** Why the desk was locked, when the sign-in screen must say it ('restored': another desk's keys). */
  lockReason: LockReason | null;
  start: (session: Session) => void;
  /** Drops the session and its keys; the screens below unmount. */
  end: (reason?: LockReason) => void;
}

/** 'restored': a backup of another desk (or of this one before a reinstall) was restored. */
export type LockReason = 'restored';

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [lockedBy, setLockedBy] = useState<string | null>(null);
  const [lockReason, setLockReason] = useState<LockReason | null>(null);
  const end = useCallback((reason?: LockReason) => {
    setLockReason(reason ?? null);
    setSession((current) => {
      // After a restore, the one who locked may not be a staff member of the restored desk.
      if (current) setLockedBy(reason === 'restored' ? null : current.staffId);
      return null;
    });
  }, []);
  const start = useCallback((next: Session) => {
    setLockReason(null);
    setSession(next);
  }, []);
  const value = useMemo(
    () => ({ session, lockedBy, lockReason, start, end }),
    [session, lockedBy, lockReason, start, end],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSessionState() needs a <SessionProvider> above it');
  return state;
}

/** The session state, or null where no SessionProvider is above (a screen rendered alone). */
export function useOptionalSessionState(): SessionState | null {
  return useContext(SessionContext);
}

/** The signed-in staff member; only under a session (every screen after sign-in). */
export function useSession(): Session {
  const { session } = useSessionState();
  if (!session) throw new Error('useSession() is for screens shown after sign-in');
  return session;
}

/** The signed-in staff member's role, or undefined outside a session (a screen shown alone). */
export function useRole(): StaffRole | undefined {
  return useContext(SessionContext)?.session?.role;
}
