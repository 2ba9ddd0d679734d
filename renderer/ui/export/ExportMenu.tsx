// The "Export" action of a list: a menu of CSV or Excel (arrow keys and Enter pick), the
// progress while a large export is built (with a way to cancel it), then where the file went or
// why it failed.
import { Button, Group, Menu, Progress, Text } from '@mantine/core';
import { IconChevronDown, IconFileSpreadsheet, IconFileTypeCsv, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import type { ExportFormat } from './saveSpreadsheet';
import type { ExportRunState } from './useExportRun';

interface ExportMenuProps {
  state: ExportRunState;
  onExport: (format: ExportFormat) => void;
  /** Stops a running export; without it, no Cancel button is shown. */
  onCancel?: () => void;
  disabled?: boolean;
  /** The button's text when "Export" alone would not say what is exported. */
  label?: string;
}

function RunningExport({
  state,
  onCancel,
}: {
  state: Extract<ExportRunState, { kind: 'running' }>;
  onCancel: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation('common');
  const n = (value: number) => formatNumber(i18n.language, value);
  const value = state.writing ? 100 : state.total > 0 ? (100 * state.done) / state.total : 0;
  return (
    <Group gap="xs" wrap="nowrap">
      {/* While the file is written (in a worker), the stripes move: the page is not stuck. */}
      <Progress
        value={value}
        w={120}
        striped={state.writing}
        animated={state.writing}
        aria-hidden
      />
      <Text size="sm" data-testid="export-progress">
        {state.writing
          ? t('export.writing')
          : t('export.progress', { done: n(state.done), total: n(state.total) })}
      </Text>
      {onCancel && (
        <Button
          variant="subtle"
          size="compact-sm"
          color="gray"
          leftSection={<IconX size={14} aria-hidden />}
          onClick={onCancel}
        >
          {t('export.cancel')}
        </Button>
      )}
    </Group>
  );
}

/** Stands for the path in the translated sentence, which is then split around it. */
const PATH_MARK = '\u0001';

function ExportProgress({
  state,
  onCancel,
}: {
  state: ExportRunState;
  onCancel: (() => void) | undefined;
}) {
  const { t } = useTranslation('common');
  if (state.kind === 'running') return <RunningExport state={state} onCancel={onCancel} />;
  if (state.kind === 'cancelled') {
    return (
      <Text size="sm" c="dimmed" data-testid="export-status">
        {t('export.cancelled')}
      </Text>
    );
  }
  if (state.kind === 'saved') {
    // The path keeps its own direction: "ندوة-2026-12-05.xlsx" or a Windows path must not be
    // reordered by the Arabic sentence around it.
    const [before = '', after = ''] = t('export.savedTo', { path: PATH_MARK }).split(PATH_MARK);
    return (
      <Text size="sm" c="teal.9" data-testid="export-status">
        {before}
        <bdi dir="ltr">{state.path}</bdi>
        {after}
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

export function ExportMenu({
  state,
  onExport,
  onCancel,
  disabled = false,
  label,
}: ExportMenuProps) {
  const { t } = useTranslation('common');
  return (
    <Group gap="sm" wrap="nowrap">
      <div role="status" aria-live="polite">
        <ExportProgress state={state} onCancel={onCancel} />
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
