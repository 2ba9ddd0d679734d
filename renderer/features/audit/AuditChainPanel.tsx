// Settings → Audit trail: checks on demand that no entry of the trail was removed or changed
// (domain/audit/chain.ts) and says where the chain breaks.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconListCheck,
  IconListSearch,
  IconShieldCheck,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format';
import { ChainBreakList } from './ChainBreakList';
import { useAuditChainCheck } from './useAuditChainCheck';

export function AuditChainPanel() {
  const { t, i18n } = useTranslation('audit');
  const { check, run } = useAuditChainCheck('all');
  const n = (value: number) => formatNumber(i18n.language, value);

  return (
    <Stack gap="sm" component="section" aria-labelledby="audit-chain-title">
      <Group gap="xs">
        <IconListCheck aria-hidden size={20} />
        <Title order={2} size="h4" id="audit-chain-title">
          {t('chain.title')}
        </Title>
      </Group>
      <Text c="dimmed" size="sm">
        {t('chain.description')}
      </Text>
      <Group>
        <Button
          variant="light"
          onClick={() => void run()}
          loading={check.state === 'checking'}
          data-testid="audit-chain-check"
        >
          {t('chain.check')}
        </Button>
        <Button
          variant="default"
          component={Link}
          to="/settings/audit"
          leftSection={<IconListSearch size={16} aria-hidden />}
          data-testid="audit-view"
        >
          {t('viewer.open')}
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {check.state === 'checking' && <Text size="sm">{t('chain.checking')}</Text>}
        {check.state === 'failed' && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />}>
            {t('chain.failed')}
          </Alert>
        )}
        {check.state === 'done' && check.report.breaks.length === 0 && (
          <Alert color="green" icon={<IconShieldCheck aria-hidden />} data-testid="audit-chain-ok">
            <Stack gap={4}>
              <Text size="sm">{t('chain.intact', { verified: n(check.report.verified) })}</Text>
              {check.report.unchained > 0 && (
                <Text size="sm">
                  {t('chain.unchained', { unchained: n(check.report.unchained) })}
                </Text>
              )}
              {check.report.removedBySampleData > 0 && (
                <Text size="sm">
                  {t('chain.removedBySampleData', {
                    removed: n(check.report.removedBySampleData),
                  })}
                </Text>
              )}
            </Stack>
          </Alert>
        )}
        {check.state === 'done' && check.report.breaks.length > 0 && (
          <Alert
            color="red"
            icon={<IconAlertTriangle aria-hidden />}
            data-testid="audit-chain-broken"
          >
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('chain.broken', { problems: n(check.report.breaks.length) })}
              </Text>
              <ChainBreakList breaks={check.report.breaks} />
            </Stack>
          </Alert>
        )}
      </div>
    </Stack>
  );
}
