// At start, after a lock and to switch staff: choose your name, type your passphrase. After a
// few wrong passphrases each further try waits longer, and the screen says how long.
import {
  Alert,
  Button,
  Center,
  Container,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchableSelect } from '../../ui/SearchableSelect';
import { RecoverForm } from './RecoverForm';
import { useSessionState } from './SessionContext';
import { useSignInForm } from './useSignInForm';

export function SignInPage({ deskName }: { deskName: string }) {
  const { t } = useTranslation('accounts');
  const { lockedBy, lockReason } = useSessionState();
  const [recovering, setRecovering] = useState(false);
  const [recovered, setRecovered] = useState(false);
  return (
    <Container size="xs" py="xl" component="main" id="main">
      <Paper withBorder shadow="sm" p="xl" radius="md">
        <Stack gap="lg">
          <Center>
            <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
              <IconLock size={26} />
            </ThemeIcon>
          </Center>
          {recovering ? (
            <RecoverForm
              onDone={() => {
                setRecovering(false);
                setRecovered(true);
              }}
              onBack={() => setRecovering(false)}
            />
          ) : (
            <>
              <Stack gap={4} align="center">
                <Title order={1} size="h2">
                  {lockedBy ? t('signIn.lockedTitle') : t('signIn.title')}
                </Title>
                <Text c="dimmed" ta="center">
                  {t('signIn.intro', { desk: deskName })}
                </Text>
              </Stack>
              {lockReason === 'restored' && !recovered && (
                <Alert color="blue" variant="light" role="status">
                  {t('signIn.afterRestore')}
                </Alert>
              )}
              {recovered && (
                <Alert color="green" variant="light" role="status">
                  {t('recover.done')}
                </Alert>
              )}
              <SignInForm onRecover={() => setRecovering(true)} />
            </>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}

function SignInForm({ onRecover }: { onRecover: () => void }) {
  const { t } = useTranslation('accounts');
  const form = useSignInForm();
  const waiting = form.waitSeconds > 0;
  const message =
    form.problem === 'wait' || waiting
      ? t('signIn.wait', { count: form.waitSeconds })
      : form.problem === 'wrong'
        ? t('signIn.wrong')
        : form.problem && form.problem !== 'staffRequired' && form.problem !== 'passphraseRequired'
          ? t(`errors.${form.problem}`)
          : null;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      <Stack gap="md">
        <SearchableSelect
          label={t('signIn.staff')}
          data={(form.accounts ?? []).map((a) => ({ value: a.id, label: a.name }))}
          value={form.staffId}
          onChange={form.choose}
          error={form.problem === 'staffRequired' && t('signIn.staffRequired')}
          required
        />
        <PasswordInput
          label={t('passphrase.label')}
          name="passphrase"
          value={form.passphrase}
          onChange={(event) => form.setPassphrase(event.currentTarget.value)}
          error={form.problem === 'passphraseRequired' && t('signIn.passphraseRequired')}
          autoComplete="current-password"
          // The one thing to do here: the name is usually chosen already.
          autoFocus
          required
        />
        {message && (
          <Alert color={waiting ? 'orange' : 'red'} variant="light" role="alert">
            {message}
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="subtle" onClick={onRecover}>
            {t('signIn.useRecovery')}
          </Button>
          <Button type="submit" loading={form.busy} disabled={waiting}>
            {t('signIn.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
