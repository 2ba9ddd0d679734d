// Right column of the intake: what the desk already knows about the client.
import { Anchor, Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IntakeFormValues } from '../../../../domain/cases/intakeForm';
import { formatDate, formatList } from '../../../ui/format';
import { SuggestedServices } from '../../services';
import { usePresetLabel } from '../../settings';
import { useClientContext } from './useClientContext';

export function ClientContext() {
  const { t, i18n } = useTranslation('cases');
  const label = usePresetLabel();
  const clientId = useWatch<IntakeFormValues, 'clientId'>({ name: 'clientId' });
  const categories = useWatch<IntakeFormValues, 'categories'>({ name: 'categories' });
  const context = useClientContext(clientId);

  return (
    <Stack gap="md" component="aside" aria-label={t('intake.earlierCases')}>
      <Paper withBorder p="md">
        <Title order={2} size="h5" mb="xs">
          {t('intake.earlierCases')}
        </Title>
        {!clientId && (
          <Text size="sm" c="dimmed">
            {t('intake.pickClientFirst')}
          </Text>
        )}
        {clientId && context?.cases.length === 0 && (
          <Text size="sm">{t('intake.noEarlierCases')}</Text>
        )}
        <Stack gap={6}>
          {context?.cases.map((c) => (
            <div key={c.id}>
              <Anchor component={Link} to={`/cases/${c.id}`} className="ltr-inline" fw={600}>
                {c.reference}
              </Anchor>{' '}
              <Badge size="sm" variant="light">
                {label('statuses', c.status)}
              </Badge>
              <Text size="xs" c="dimmed">
                {formatDate(i18n.language, c.openedAt)} ·{' '}
                {formatList(
                  i18n.language,
                  c.categories.map((id) => label('categories', id)),
                )}
              </Text>
            </div>
          ))}
        </Stack>
      </Paper>
      {clientId && (
        <Paper withBorder p="md">
          <Title order={2} size="h5" mb="xs">
            {t('intake.household')}
          </Title>
          {context?.household.length === 0 && <Text size="sm">{t('intake.noHousehold')}</Text>}
          {context?.household.map((h) => (
            <Text size="sm" key={h.personId}>
              {h.name} · {t(`relationships.${h.relationship}`)}
            </Text>
          ))}
        </Paper>
      )}
      <SuggestedServices categories={categories} />
    </Stack>
  );
}
