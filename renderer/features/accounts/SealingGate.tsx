// At the first sign-in after encryption at rest arrived, the records saved before are sealed
// (renderer/db/sealExistingRecords.ts) before any screen shows them, with progress on screen; at
// the first after a new version of the blind index (2, then 3), the search tokens of a desk
// sealed before are re-blinded the same way. It is resumable: if Tulay closes or the desk locks half-way, the next
// sign-in carries on.
import { Alert, Button, Center, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSealing } from './useSealing';

export function SealingGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('accounts');
  const { state, retry } = useSealing();
  if (state.phase === 'done') return children;
  if (state.phase === 'checking')
    return (
      <Center h="100vh">
        <Loader aria-hidden />
      </Center>
    );
  // Re-blinding a desk sealed before says so: its records were encrypted already.
  const text = state.kind === 'reindex' ? 'reindexing' : 'sealing';
  const progress =
    state.phase === 'sealing'
      ? t(`${text}.progress`, { done: state.done, total: state.total })
      : '';
  return (
    <Center h="100vh" p="md">
      <Stack maw={520} gap="md" data-testid="sealing">
        <Title order={1} size="h2">
          {t(`${text}.title`)}
        </Title>
        <Text>{t(`${text}.intro`)}</Text>
        {state.phase === 'failed' ? (
          <Alert color="red" role="alert">
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t(`${text}.failed`)}</Text>
              <Button onClick={retry}>{t('sealing.retry')}</Button>
            </Stack>
          </Alert>
        ) : (
          <>
            <Text size="sm" role="status">
              {progress}
            </Text>
            <Progress value={(100 * state.done) / Math.max(1, state.total)} aria-label={progress} />
          </>
        )}
      </Stack>
    </Center>
  );
}
