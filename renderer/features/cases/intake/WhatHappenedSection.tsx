// What happened: how the client came, the categories, the urgency and the client's account.
import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WhatHappenedFields } from '../facts/WhatHappenedFields';

export function WhatHappenedSection() {
  const { t } = useTranslation('cases');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="intake-what">
      <Stack gap="sm">
        <Title order={2} size="h4" id="intake-what">
          {t('intake.whatTitle')}
        </Title>
        <WhatHappenedFields />
      </Stack>
    </Paper>
  );
}
