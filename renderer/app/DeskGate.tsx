// Before the desk is set up, the set-up; afterwards every screen knows the desk and its staff.
import { Center, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActorProvider } from '../db';
import {
  DeskProvider,
  requestPersistentStorage,
  SetupPage,
  useDeskState,
} from '../features/settings';
import { setFormatCountry } from '../ui/format';

function usePersistentStorageRequest() {
  const { t } = useTranslation();
  useEffect(() => {
    void requestPersistentStorage().then((answer) => {
      if (answer === 'refused') {
        notifications.show({
          id: 'storage-persist-refused',
          color: 'orange',
          message: t('storage.persistRefused'),
          autoClose: 12_000,
          closeButtonProps: { 'aria-label': t('app.close') },
        });
      }
    });
  }, [t]);
}

export function DeskGate({ children }: { children: ReactNode }) {
  const desk = useDeskState();
  usePersistentStorageRequest();
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
