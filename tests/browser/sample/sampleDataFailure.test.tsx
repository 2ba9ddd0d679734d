// A failure reads as a sentence in the officer's language: a desk whose case numbers have run
// out is told so in Filipino, not "No case numbers left for 2026." inside a Filipino sentence.
import { screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import fil from '../../../locales/fil/sampleData.json';
import { MAX_SEQUENCE, referenceCounterKey } from '../../../domain/cases/reference';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { writeSetting } from '../../../renderer/features/settings/settingsRepository';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

describe('Settings → Sample data, when it cannot be loaded', () => {
  it('says why in Filipino', async () => {
    const { databaseName, staffId } = await setUpDesk();
    const db = createDatabase(databaseName);
    await openDatabase(db);
    const year = new Date().getFullYear();
    // Sample cases open over the last years; none of them has a number left.
    for (let y = year - 5; y <= year + 1; y++) {
      await writeSetting({ db, actor: staffId }, referenceCounterKey(y), MAX_SEQUENCE);
    }
    db.close();
    await renderApp({ databaseName, language: 'fil', path: '/settings' });
    const field = await screen.findByRole(
      'textbox',
      { name: new RegExp(fil.panel.casesLabel) },
      { timeout: 5000 },
    );
    await userEvent.fill(field, '1');
    await userEvent.keyboard('{Enter}');
    const failed = await screen.findByTestId('sample-failed', {}, { timeout: 10_000 });
    expect(failed.textContent).toMatch(
      /^Hindi ma-load ang sample na datos: wala nang natitirang numero ng kaso para sa \d{4}\. /,
    );
    expect(failed.textContent).not.toMatch(/No case numbers/);
  });
});
