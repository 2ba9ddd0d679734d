// Settings → Audit trail → "View the audit trail": who created, changed, viewed, exported or
// printed what, newest first, filtered by person, staff member, action and period, and exported
// as filtered (the export joins the trail too).
import { Anchor, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NO_AUDIT_FILTER, type AuditFilter } from '../../../../domain/audit/auditFilter';
import { ExportMenu } from '../../../ui/export/ExportMenu';
import { PageHeader } from '../../../ui/PageHeader';
import { AuditEntryTable } from './AuditEntryTable';
import { AuditFilterBar } from './AuditFilterBar';
import { useAuditExport } from './useAuditExport';
import { useAuditTrail } from './useAuditTrail';
import './auditViewer.css';

export function AuditViewerPage() {
  const { t } = useTranslation('audit');
  const [filter, setFilter] = useState<AuditFilter>(NO_AUDIT_FILTER);
  const [pages, setPages] = useState(1);
  const trail = useAuditTrail(filter, pages);
  const exporting = useAuditExport();
  const change = (next: AuditFilter) => {
    setFilter(next);
    setPages(1);
  };
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/settings#audit-chain-title" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden className="audit-back-arrow" />
          {t('viewer.back')}
        </Group>
      </Anchor>
      <PageHeader
        title={t('viewer.title')}
        aside={
          <ExportMenu
            state={exporting.state}
            disabled={!trail || trail.entries.length === 0}
            onExport={(format) => void exporting.exportTrail(filter, format)}
          />
        }
      />
      <Text c="dimmed" size="sm">
        {t('viewer.description')}
      </Text>
      <AuditFilterBar filter={filter} staff={trail?.staff ?? new Map()} onChange={change} />
      <div role="status" aria-live="polite">
        {trail && (
          <Text size="sm" data-testid="audit-count">
            {trail.total !== null
              ? t('viewer.count', { count: trail.total })
              : t('viewer.shown', { count: trail.entries.length })}
          </Text>
        )}
      </div>
      {!trail && (
        <Center py="xl">
          <Loader role="status" aria-label={t('viewer.loading')} />
        </Center>
      )}
      {trail && trail.entries.length === 0 && (
        <Text data-testid="audit-empty">{t('viewer.empty')}</Text>
      )}
      {trail && trail.entries.length > 0 && (
        <AuditEntryTable entries={trail.entries} labels={trail.labels} staff={trail.staff} />
      )}
      {trail?.more && (
        <Group justify="center">
          <Button variant="default" onClick={() => setPages((p) => p + 1)}>
            {t('viewer.older')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
