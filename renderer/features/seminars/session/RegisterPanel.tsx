// Registering someone for the session: the same find-or-create picker (with its duplicate
// check) as the intake, then the intended destination, then Enter. A full session puts the
// person on the waitlist, and the panel says so.
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeatCounts } from '../../../../domain/seminars/capacity';
import { SavedNotice } from '../../../ui/SavedNotice';
import { useSavedAt } from '../../../ui/useSavedAt';
import { PersonPicker } from '../../people';
import { usePrivacyLaw } from '../../settings';
import { DestinationSelect } from '../DestinationSelect';
import { RegistrationError } from '../registrationRepository';
import type { Attendance, Seminar } from '../seminarTypes';
import { useSeminarActions } from '../useSeminarActions';
import { RegistrationResult } from './RegistrationResult';
import { useErrorText } from '../../../ui/useErrorText';

export function RegisterPanel({ seminar, counts }: { seminar: Seminar; counts: SeatCounts }) {
  const { t } = useTranslation('seminars');
  const describeError = useErrorText();
  const law = usePrivacyLaw();
  const actions = useSeminarActions();
  const { savedAt, markSaved } = useSavedAt();
  const [personId, setPersonId] = useState<string | null>(null);
  const [destination, setDestination] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [last, setLast] = useState<Attendance | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!personId) return setProblem(t('register.pickFirst'));
    try {
      const attendance = await actions.register(seminar.id, personId, {
        destination: destination ?? undefined,
      });
      setLast(attendance);
      markSaved();
      setPersonId(null);
      setDestination(null);
      setProblem(null);
    } catch (error) {
      const already = error instanceof RegistrationError && error.problem === 'alreadyRegistered';
      const reason = describeError(error);
      setProblem(
        already ? t('register.already') : t('errors.saveFailed', { ns: 'common', reason }),
      );
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="register-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4" id="register-title">
              {t('register.title')}
            </Title>
            <SavedNotice at={savedAt} />
          </Group>
          <Text size="sm" c="dimmed">
            {counts.free > 0 ? t('register.free', { number: counts.free }) : t('register.full')}
          </Text>
          <PersonPicker
            value={personId}
            onChange={(id) => {
              setPersonId(id);
              setProblem(null);
            }}
            label={t('register.person')}
            autoFocus={last !== null}
          />
          {personId && (
            <Group align="flex-end" gap="sm">
              <DestinationSelect value={destination} onChange={setDestination} autoFocus />
              <Button type="submit" leftSection={<IconUserPlus size={18} aria-hidden />}>
                {counts.free > 0 ? t('register.submit') : t('register.submitWaitlist')}
              </Button>
            </Group>
          )}
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {last && <RegistrationResult attendance={last} />}
          <Text size="xs" c="dimmed">
            {t('register.consentNote', { law })}
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
