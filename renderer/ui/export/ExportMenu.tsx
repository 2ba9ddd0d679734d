// The "Export" action of a list: a menu of CSV or Excel (arrow keys and Enter pick), the
// progress while a large export is built, then where the file went or why it failed.
import { Button, Group, Menu, Progress, Text } from '@mantine/core';
import { IconChevronDown, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import type { ExportFormat } from './saveSpreadsheet';
import type { ExportRunState } from './useExportRun';

interface ExportMenuProps {
  state: ExportRunState;
  onExport: (format: ExportFormat) => void;
  disabled?: boolean;
  /** The button's text when "Export" alone would not say what is exported. */
  label?: string;
}

function ExportProgress({ state }: { state: ExportRunState }) {
  const { t, i18n } = useTranslation('common');
  const n = (value: number) => formatNumber(i18n.language, value);
  if (state.kind === 'running') {
    const value = state.total > 0 ? (100 * state.done) / state.total : 0;
    return (
      <Group gap="xs" wrap="nowrap">
        <Progress value={value} w={120} aria-hidden />
        <Text size="sm" data-testid="export-progress">
          {t('export.progress', { done: n(state.done), total: n(state.total) })}
        </Text>
      </Group>
    );
  }
  if (state.kind === 'saved') {
    return (
      <Text size="sm" c="teal.9" data-testid="export-status">
        {t('export.savedTo', { path: state.path })}
      </Text>
    );
  }
  if (state.kind === 'failed') {
    return (
      <Text size="sm" c="red.8" data-testid="export-status">
        {t('export.failed', { reason: state.reason })}
      </Text>
    );
  }
  return null;
}

export function ExportMenu({ state, onExport, disabled = false, label }: ExportMenuProps) {
  const { t } = useTranslation('common');
  return (
    <Group gap="sm" wrap="nowrap">
      <div role="status" aria-live="polite">
        <ExportProgress state={state} />
      </div>
      <Menu position="bottom-end" shadow="md">
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            disabled={disabled || state.kind === 'running'}
          >
            {label ?? t('export.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconFileTypeCsv size={16} aria-hidden />}
            onClick={() => onExport('csv')}
          >
            {t('export.csv')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            onClick={() => onExport('xlsx')}
          >
            {t('export.xlsx')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
