import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportState } from './useExportState';

/** Where the last export went, or why it failed; announced to screen readers. */
export function ExportStatus({ status }: { status: ExportState }) {
  const { t } = useTranslation('stakeholders');
  return (
    <div role="status" aria-live="polite">
      {status.kind === 'saved' && (
        <Text size="sm" c="teal.9" data-testid="export-status">
          {t('export.savedTo', { path: status.path })}
        </Text>
      )}
      {status.kind === 'failed' && (
        <Text size="sm" c="red.8" data-testid="export-status">
          {t('export.failed', { reason: status.reason })}
        </Text>
      )}
    </div>
  );
}
