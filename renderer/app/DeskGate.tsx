// Before the desk is set up, the set-up; then the sign-in (or, on a desk set up before accounts,
// the administrator's first passphrase); afterwards every screen knows the desk and who is signed
// in. Locking ends the session: everything below unmounts, no case data stays on the page.
import { Center, Loader } from '@mantine/core';
import { useEffect, useMemo, type ReactNode } from 'react';
import { ActorProvider } from '../db';
import {
  FirstPassphrasePage,
  SealingGate,
  SessionProvider,
  SignInPage,
  useHasKeyring,
  useIdleLock,
  useSessionState,
} from '../features/accounts';
import {
  DeskProvider,
  requestPersistentStorage,
  SetupPage,
  useDeskState,
} from '../features/settings';
import { platform } from '../platform';
import { setFormatCountry } from '../ui/format';

/**
 * Asks the browser to keep Tulay's data permanently once there is a desk whose data is worth
 * keeping: right after the set-up, then at each start (the desktop app is granted it at once;
 * Chromium decides by itself and may say yes later). Never on the set-up screen, and never
 * aloud: the answer is explained in Settings → Storage, not in an alarm on the first screen.
 */
function usePersistentStorageRequest(deskReady: boolean) {
  useEffect(() => {
    if (deskReady) void requestPersistentStorage();
  }, [deskReady]);
}

function IdleLock() {
  useIdleLock();
  return null;
}

function Loading() {
  return (
    <Center h="100vh">
      <Loader aria-hidden />
    </Center>
  );
}

function SignedInDesk({ children }: { children: ReactNode }) {
  const desk = useDeskState();
  const hasKeyring = useHasKeyring();
  const { session } = useSessionState();
  usePersistentStorageRequest(Boolean(desk));
  // The shell starts locked; a reload of the page starts a new sign-in, so tell it again.
  useEffect(() => {
    void platform.setLocked(true);
  }, []);
  const signedInDesk = useMemo(
    () => (desk && session ? { ...desk, staffId: session.staffId } : null),
    [desk, session],
  );
  if (desk === undefined || hasKeyring === undefined) return <Loading />;
  if (desk === null) return <SetupPage />;
  if (!session || !signedInDesk) {
    if (!hasKeyring) {
      return (
        <FirstPassphrasePage
          staffId={desk.staffId}
          staffName={desk.profile.staffName}
          deskName={desk.profile.deskName}
          municipality={desk.profile.municipality}
        />
      );
    }
    return <SignInPage deskName={desk.profile.deskName} />;
  }
  // Before the screens below render: their first paint already writes numbers and dates the
  // way the desk's country does (es-AR, es-PE, es-ES). The desk changes only in Settings,
  // which re-renders from here.
  setFormatCountry(desk.profile.country);
  return (
    <ActorProvider actor={session.staffId}>
      <DeskProvider desk={signedInDesk}>
        <IdleLock />
        <SealingGate>{children}</SealingGate>
      </DeskProvider>
    </ActorProvider>
  );
}

export function DeskGate({ children }: { children: ReactNode }) {
  return (
    <SessionProvider>
      <SignedInDesk>{children}</SignedInDesk>
    </SessionProvider>
  );
}
