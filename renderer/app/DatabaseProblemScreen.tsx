// What the user sees when the database cannot open: what happened and what to do.
import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DatabaseProblem } from '../db';

const TEXT = {
  newerVersion: ['database.newerVersionTitle', 'database.newerVersionBody'],
  blocked: ['database.blockedTitle', 'database.blockedBody'],
  quota: ['database.quotaTitle', 'database.quotaBody'],
  unavailable: ['database.unavailableTitle', 'database.unavailableBody'],
  versionChanged: ['database.versionChangedTitle', 'database.versionChangedBody'],
} as const;

interface Props {
  problem: DatabaseProblem | 'versionChanged';
  detail: string;
}

export function DatabaseProblemScreen({ problem, detail }: Props) {
  const { t } = useTranslation();
  const [title, body] = TEXT[problem];
  return (
    <Container size="sm" py={80} component="main" id="main">
      <Alert
        color={problem === 'blocked' ? 'yellow' : 'red'}
        icon={<IconAlertTriangle aria-hidden />}
        role="alert"
        data-testid={`database-problem-${problem}`}
      >
        <Stack gap="sm">
          <Title order={1} size="h3">
            {t(title)}
          </Title>
          <Text>{t(body)}</Text>
          {detail && (
            <Text size="xs" c="dimmed">
              {t('database.detail', { detail })}
            </Text>
          )}
          {problem !== 'blocked' && (
            <div>
              <Button onClick={() => window.location.reload()}>{t('database.reload')}</Button>
            </div>
          )}
        </Stack>
      </Alert>
    </Container>
  );
}
