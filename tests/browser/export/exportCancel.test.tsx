import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { I18nextProvider } from 'react-i18next';
import common from '../../../locales/en/common.json';
import { createI18n } from '../../../renderer/app/i18n/i18n';
import { theme } from '../../../renderer/app/theme';
import { platform } from '../../../renderer/platform';
import { ExportMenu } from '../../../renderer/ui/export/ExportMenu';
import { saveSpreadsheet } from '../../../renderer/ui/export/saveSpreadsheet';
import { useExportRun } from '../../../renderer/ui/export/useExportRun';

/** 200,000 rows: long enough to write that the officer can cancel while it runs. */
const rows = Array.from({ length: 200_000 }, (_, i) => [`Maria Santos ${i}`, 'Saudi Arabia', i]);

/** The Export control of a list, as a feature wires it: a long workbook, and Cancel. */
function LongExport() {
  const { state, run, cancel } = useExportRun();
  return (
    <ExportMenu
      state={state}
      onCancel={cancel}
      onExport={(format) =>
        void run(({ signal, writing }) =>
          saveSpreadsheet('long', format, [{ name: 'Long', rows }], { signal, onWriting: writing }),
        )
      }
    />
  );
}

afterEach(() => vi.restoreAllMocks());

describe('cancelling an export', () => {
  it('stops writing the file at once: nothing is saved, and the officer is told', async () => {
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue('long.xlsx');
    const i18n = await createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme}>
          <LongExport />
        </MantineProvider>
      </I18nextProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: common.export.button }));
    await userEvent.click(await screen.findByRole('menuitem', { name: common.export.xlsx }));
    expect((await screen.findByTestId('export-progress')).textContent).toBe(common.export.writing);
    await userEvent.click(screen.getByRole('button', { name: common.export.cancel }));
    expect((await screen.findByTestId('export-status')).textContent).toBe(common.export.cancelled);
    expect(screen.queryByRole('button', { name: common.export.cancel })).toBeNull();
    // The Export button is live again; the file was never handed to the platform.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: common.export.button })).toHaveProperty(
        'disabled',
        false,
      ),
    );
    expect(save).not.toHaveBeenCalled();
  });
});
