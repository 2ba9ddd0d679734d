// Right column of the case page: status, the details of the person concerned, consent and the
// referrals with their state.
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format';
import { SuggestedServices } from '../../services';
import { StatusPanel } from './StatusPanel';
import { useDetailRows } from './useDetailRows';
import { usePartnerName } from './usePartnerName';
import type { CaseView } from './useCaseView';

function DetailsPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation('cases');
  const rows = useDetailRows(view.record);
  if (rows.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="case-details">
      <Title order={2} size="h5" mb="xs">
        {t('page.details')}
      </Title>
      <Stack gap={4}>
        {rows.map((row) => (
          <Text size="sm" key={row.id}>
            <Text span c="dimmed" size="sm">
              {row.label}:
            </Text>{' '}
            {row.value}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}

function ConsentPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation('cases');
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb="xs">
        {t('page.consents')}
      </Title>
      {view.consents.length === 0 && <Text size="sm">{t('page.noConsents')}</Text>}
      <Stack gap={4}>
        {view.consents.map((c) => (
          <Group key={c.id} gap={6} justify="space-between" wrap="nowrap">
            <Text size="sm">{t(`consent.purposes.${c.purpose}`)}</Text>
            <Badge
              size="sm"
              variant="light"
              color={c.legalBasis === 'consent' ? 'teal' : 'yellow'}
              style={{ flexShrink: 0 }}
            >
              {t(`consent.basis.${c.legalBasis}`)}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

function ReferralsPanel({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation('cases');
  const partnerName = usePartnerName(view);
  const referrals = view.events.filter((e) => e.type === 'referral');
  const responded = new Set(
    view.events.filter((e) => e.type === 'referralResponse').map((e) => e.relatedEventId),
  );
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb="xs">
        {t('page.referrals')}
      </Title>
      {referrals.length === 0 && <Text size="sm">{t('page.noReferrals')}</Text>}
      <Stack gap={6}>
        {referrals.map((r) => (
          <div key={r.id}>
            <Group gap={6} justify="space-between" wrap="nowrap">
              <Text size="sm" fw={600}>
                {partnerName(r.partnerId)}
              </Text>
              <Badge
                size="sm"
                variant="light"
                color={responded.has(r.id) ? 'teal' : 'orange'}
                style={{ flexShrink: 0 }}
              >
                {responded.has(r.id) ? t('page.responded') : t('page.awaitingResponse')}
              </Badge>
            </Group>
            {r.dueAt && !responded.has(r.id) && (
              <Text size="xs" c="dimmed">
                {t('page.dueBy', { date: formatDate(i18n.language, r.dueAt) })}
              </Text>
            )}
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

export function CaseFacts({ view }: { view: CaseView }) {
  return (
    <Stack gap="md">
      <StatusPanel view={view} />
      <DetailsPanel view={view} />
      <ConsentPanel view={view} />
      <ReferralsPanel view={view} />
      <SuggestedServices categories={view.record.categories} />
    </Stack>
  );
}
