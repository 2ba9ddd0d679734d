import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { completeSetup } from '../../../renderer/features/settings/settingsRepository';
import { renderApp } from '../renderApp';

// A database per attempt: a retried test must not find what its failed attempt left behind.
let counter = 0;
const freshName = () => `tulay-browser-sample-${Date.now()}-${counter++}`;

async function deskDatabase() {
  const databaseName = freshName();
  const db = createDatabase(databaseName);
  await openDatabase(db);
  await completeSetup(db, {
    municipality: 'Legazpi City',
    country: 'PH',
    deskName: 'Municipal OFW Help Desk',
    presetId: 'ofw-ph',
    staffName: 'Ana Santos',
    language: 'en',
    referencePrefix: 'LGZ',
  });
  return { db, databaseName };
}

describe('Settings → Sample data', () => {
  it('loads 200 cases with progress, shows the header badge, and removes them all', async () => {
    const { db, databaseName } = await deskDatabase();
    await renderApp({ databaseName });
    await screen.findByTestId('header-desk', {}, { timeout: 45_000 });
    window.location.hash = '#/settings';
    expect(screen.queryByTestId('sample-badge')).toBeNull();

    const field = await screen.findByRole(
      'textbox',
      { name: /Number of sample cases/ },
      { timeout: 45_000 },
    );
    await userEvent.fill(field, '200');
    const seen = new Set<string>();
    const observer = new MutationObserver(() => {
      const text = document.querySelector('[data-testid="sample-progress-text"]')?.textContent;
      if (text) seen.add(text);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    await userEvent.keyboard('{Enter}');

    const loaded = await screen.findByTestId('sample-loaded', {}, { timeout: 45_000 });
    expect(loaded.textContent).toMatch(/^Loaded 200 sample cases in [\d.]+ seconds?\.$/);
    expect(screen.getByTestId('sample-progress-text').textContent).toBe('200 of 200 cases written');
    observer.disconnect();
    expect([...seen].some((text) => /^(0|100) of 200 cases written$/.test(text))).toBe(true);
    const bar = screen.getByRole('progressbar', { name: 'Loading sample data' });
    expect(bar.getAttribute('aria-valuenow')).toBe('100');
    const badge = await screen.findByTestId('sample-badge');
    expect(badge.textContent).toBe('Sample data loaded');
    const notice = await screen.findByTestId('sample-present');
    expect(notice.textContent).toMatch(/200 cases, [\d,]+ people, and [\d,]+ timeline entries\./);
    expect(await db.cases.filter((c) => c.sample === true).count()).toBe(200);

    await userEvent.click(within(notice).getByRole('button', { name: 'Remove sample data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove all sample data?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove sample data' }));

    await screen.findByTestId('sample-removed', {}, { timeout: 45_000 });
    await waitFor(() => expect(screen.queryByTestId('sample-badge')).toBeNull());
    expect(screen.queryByTestId('sample-present')).toBeNull();
    expect(await db.cases.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
    expect(await db.caseEvents.count()).toBe(0);
    db.close();
  });
});
