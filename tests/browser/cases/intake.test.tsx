import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/cases.json';
import common from '../../../locales/en/common.json';
import { createDatabase, loadDraft } from '../../../renderer/db';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

describe('case intake', () => {
  it('names every missing field next to it and saves nothing', async () => {
    const { databaseName } = await setUpDesk();
    await renderApp({ databaseName, path: '/cases/new' });
    await userEvent.click(await screen.findByRole('button', { name: en.intake.save }));

    expect(await screen.findByText(en.errors.personRequired)).toBeTruthy();
    expect(screen.getByText(common.errors.categoryRequired)).toBeTruthy();
    expect(screen.getByText(en.errors.caseHandlingBasis)).toBeTruthy();
    const description = screen.getByRole('textbox', { name: new RegExp(en.intake.description) });
    expect(description.getAttribute('aria-invalid')).toBe('true');
    expect(window.location.hash).toBe('#/cases/new');
  });

  it('keeps an unsaved intake across a reload and lets the officer discard it', async () => {
    const { databaseName } = await setUpDesk();
    const first = await renderApp({ databaseName, path: '/cases/new' });
    const save = await screen.findByRole('button', { name: en.intake.save });
    await waitFor(() => expect(save.hasAttribute('disabled')).toBe(false));
    const description = await screen.findByRole('textbox', {
      name: new RegExp(en.intake.description),
    });
    await userEvent.click(description);
    await userEvent.keyboard('Mother says her daughter in Riyadh has not called for three weeks.');
    await userEvent.click(screen.getByText(en.urgency.high));
    // Unmount only once the draft is on disk, as the footer then says.
    await waitFor(() => expect(screen.getByTestId('draft-status').textContent).toMatch(/at \d/), {
      timeout: 5000,
    });
    const db = createDatabase(databaseName);
    await waitFor(
      async () =>
        expect(await loadDraft<{ values: { urgency: string } }>(db, 'intake')).toMatchObject({
          values: { urgency: 'high' },
        }),
      { timeout: 5000 },
    );
    db.close();
    first.unmount();

    await renderApp({ databaseName, path: '/cases/new' });
    const restored = await screen.findByTestId('draft-restored');
    const again = screen.getByRole('textbox', { name: new RegExp(en.intake.description) });
    await waitFor(() =>
      expect((again as HTMLTextAreaElement).value).toBe(
        'Mother says her daughter in Riyadh has not called for three weeks.',
      ),
    );
    expect(screen.getByRole('radio', { name: en.urgency.high })).toHaveProperty('checked', true);

    await userEvent.click(within(restored).getByRole('button', { name: en.intake.discardDraft }));
    await waitFor(() => expect((again as HTMLTextAreaElement).value).toBe(''));
  });
});
