import { Alert, Button, Code, Group, Spoiler, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function ErrorScreen({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" m="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('errors.boundaryTitle')}
        </Title>
        <Text>{t('errors.boundaryBody')}</Text>
        <Spoiler
          maxHeight={0}
          showLabel={t('errors.boundaryDetails')}
          hideLabel={t('errors.boundaryDetails')}
        >
          <Code block>{`${error.name}: ${error.message}`}</Code>
        </Spoiler>
        <Group>
          <Button onClick={onRetry}>{t('errors.reload')}</Button>
          <Button variant="default" onClick={() => (window.location.hash = '#/')}>
            {t('errors.goBack')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
