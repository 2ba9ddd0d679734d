// Before the desk is set up, the set-up; afterwards every screen knows the desk and its staff.
import { Center, Loader } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { ActorProvider } from '../db';
import {
  DeskProvider,
  requestPersistentStorage,
  SetupPage,
  useDeskState,
} from '../features/settings';
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

export function DeskGate({ children }: { children: ReactNode }) {
  const desk = useDeskState();
  usePersistentStorageRequest(Boolean(desk));
  if (desk === undefined) {
    return (
      <Center h="100vh">
        <Loader aria-hidden />
      </Center>
    );
  }
  if (desk === null) return <SetupPage />;
  // Before the screens below render: their first paint already writes numbers and dates the
  // way the desk's country does (es-AR, es-PE, es-ES). The desk changes only in Settings,
  // which re-renders from here.
  setFormatCountry(desk.profile.country);
  return (
    <ActorProvider actor={desk.staffId}>
      <DeskProvider desk={desk}>{children}</DeskProvider>
    </ActorProvider>
  );
}
