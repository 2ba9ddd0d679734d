// What the restore dialog shows while the records are written: a restore of a large desk takes
// minutes, and the officer sees how far it is, in records, rather than a bar that only moves.
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import backup from '../../../locales/en/backup.json';
import { createI18n } from '../../../renderer/app/i18n/i18n';
import { theme } from '../../../renderer/app/theme';
import { BackupStatus } from '../../../renderer/features/backup/BackupStatus';
import type { BackupState } from '../../../renderer/features/backup/useBackupActions';

async function show(state: BackupState) {
  const i18n = await createI18n('en');
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <BackupStatus state={state} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('the restore status', () => {
  it('counts the records written of the file’s total, with a bar that fills', async () => {
    await show({
      phase: 'replacing',
      copySavedTo: 'tulay-replaced.tulaybackup',
      progress: { done: 1200, total: 4800 },
    });
    expect(screen.getByText('Restoring… records written: 1,200 of 4,800')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25');
    expect(screen.getByTestId('backup-copy-saved')).toBeTruthy();
  });

  it('says what it is doing before the first records are written', async () => {
    await show({ phase: 'replacing', copySavedTo: 'tulay-replaced.tulaybackup' });
    expect(screen.getByText(backup.status.replacing)).toBeTruthy();
  });
});
