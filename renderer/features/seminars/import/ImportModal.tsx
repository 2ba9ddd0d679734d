// Importing a registration list: what the file should hold, then a preview of every row (with
// its problems, the columns as read, and the legal basis to state) before anything is written,
// then one all-or-nothing import of the valid rows.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Seminar } from '../seminarTypes';
import { CsvColumnsHelp } from './CsvColumnsHelp';
import { FileProblemAlert } from './FileProblemAlert';
import { ImportPreview } from './ImportPreview';
import { useRegistrationImport } from './useRegistrationImport';
import { useErrorText } from '../../../ui/useErrorText';

export function ImportModal({ seminar, onClose }: { seminar: Seminar; onClose: () => void }) {
  const { t } = useTranslation('seminars');
  const describeError = useErrorText();
  const { state, pick, choose, confirm, reset } = useRegistrationImport(seminar.id);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (action: () => Promise<void>) => {
    setFailure(null);
    try {
      await action();
    } catch (error) {
      const reason = describeError(error);
      setFailure(t('import.failed', { reason }));
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('import.title', { title: seminar.title })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('app.close', { ns: 'common' }) }}
    >
      <Stack gap="md">
        {state.stage === 'choose' && (
          <>
            <CsvColumnsHelp />
            {state.problem && <FileProblemAlert problem={state.problem} />}
            <Group>
              <Button
                leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
                onClick={() => void run(pick)}
                data-autofocus
              >
                {t('import.choose')}
              </Button>
            </Group>
          </>
        )}
        {state.stage === 'preview' && (
          <ImportPreview
            preview={state}
            onChoose={(column, choice) => void run(() => choose(column, choice))}
            onConfirm={(basis) => run(() => confirm(basis))}
            onBack={reset}
          />
        )}
        {state.stage === 'done' && (
          <>
            <Alert
              color="teal"
              icon={<IconCircleCheck aria-hidden />}
              role="status"
              data-testid="import-done"
            >
              {t('import.done', {
                registered: state.result.registered,
                waitlisted: state.result.waitlisted,
                newPeople: t('import.counts.created', { count: state.result.newPeople }),
                knownPeople: t('import.counts.reused', { count: state.result.knownPeople }),
              })}
            </Alert>
            <Group>
              <Button onClick={onClose} data-autofocus>
                {t('import.close')}
              </Button>
            </Group>
          </>
        )}
        {failure && (
          <Alert color="red" role="alert">
            <Text size="sm">{failure}</Text>
          </Alert>
        )}
      </Stack>
    </Modal>
  );
}
