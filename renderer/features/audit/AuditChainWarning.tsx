// At start, a quick check of the audit trail's latest entries; if the chain is broken, a banner
// says so on every screen and points to the full check in Settings.
import { Alert, Anchor } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuditChainCheck } from './useAuditChainCheck';

export function AuditChainWarning() {
  const { t } = useTranslation('audit');
  const { check, run } = useAuditChainCheck('recent');
  useEffect(() => void run(), [run]);
  if (check.state !== 'done' || check.report.breaks.length === 0) return null;
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle aria-hidden />}
      mb="md"
      role="alert"
      data-testid="audit-chain-warning"
    >
      {t('chain.warning')}{' '}
      <Anchor component={Link} to="/settings#audit-chain-title" size="sm">
        {t('chain.warningLink')}
      </Anchor>
    </Alert>
  );
}
