// What the client said at the intake, in their words, and how they came. A long account is
// folded to a few lines; the officer unfolds it with one button. A clerk is told instead that
// the details of a health, legal or abuse case are for case officers (domain/cases/caseAccess.ts).
import { Paper, Spoiler, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseView } from './useCaseView';

export function DescriptionPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation('cases');
  const { record } = view;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-description-title">
      <Title order={2} size="h5" mb="xs" id="case-description-title">
        {t('page.description')}
      </Title>
      {view.restricted ? (
        <Text size="sm" data-testid="case-restricted">
          {t('page.restricted')}
        </Text>
      ) : (
        <Spoiler maxHeight={150} showLabel={t('page.showAll')} hideLabel={t('page.showLess')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="case-description">
            {record.description}
          </Text>
        </Spoiler>
      )}
      <Text size="xs" c="dimmed" mt="xs" data-testid="case-channel">
        {t('intake.channel')}: {t(`channel.${record.channel}`)}
      </Text>
    </Paper>
  );
}
