// Nothing renders on top of a database that is not open; a problem gets its own screen.
import { Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DatabaseProvider } from '../db';
import { DatabaseProblemScreen } from './DatabaseProblemScreen';
import { useOpenedDatabase } from './useOpenedDatabase';

export function DatabaseGate({ name, children }: { name?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const state = useOpenedDatabase(name);
  if (state.status === 'open') return <DatabaseProvider db={state.db}>{children}</DatabaseProvider>;
  if (state.status === 'failed') {
    return <DatabaseProblemScreen problem={state.problem} detail={state.detail} />;
  }
  if (state.status === 'blocked') return <DatabaseProblemScreen problem="blocked" detail="" />;
  return (
    <Center h="100vh">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text role="status">{t('app.loading')}</Text>
      </Stack>
    </Center>
  );
}
