// Case number prefixes against the real catalogue: desk B was set up with the prefix desk A
// already holds. B's first sync is refused and sends nothing; Settings → Sync says which desk
// holds the prefix, in English and in Arabic, and B takes another one there, after which it
// syncs; "Test connection" then confirms the new prefix, and the desk profile cannot take A's.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import common from '../../../locales/en/common.json';
import arSync from '../../../locales/ar/sync.json';
import sync from '../../../locales/en/sync.json';
import { createPerson } from '../../../renderer/features/people';
import { readDeskPrefix } from '../../../renderer/sync/prefixClaim';
import { renderApp } from '../renderApp';
import { connectDesk, syncDesk } from './syncDesks';

const SLOW = { timeout: 15_000 };
const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((out, [k, v]) => out.replace(`{{${k}}}`, v), text);

describe('Settings → Sync: case number prefix', () => {
  it('refuses desk B the prefix of desk A and lets B sync under another one', async () => {
    const tenant = await commands.catalogueTenant(['Desk A', 'Desk B']);
    const a = await syncDesk('referencePrefix', 'A', 'LGA');
    const clientA = await connectDesk(a.ctx, tenant.desks[0]!.token);
    await clientA.claimPrefix('LGA');

    // B was set up with the same prefix, offline, and recorded someone before connecting.
    const b = await syncDesk('referencePrefix', 'B', 'LGA');
    await createPerson(b.ctx, { givenName: 'Carmelita', familyName: 'Ocampo' });
    await connectDesk(b.ctx, tenant.desks[1]!.token);
    const view = await renderApp({ databaseName: b.databaseName, path: '/settings' });

    const refusal = await screen.findByTestId('sync-prefix', {}, SLOW);
    expect(refusal.textContent).toContain(
      fill(sync.prefix.refused, { prefix: 'LGA', desk: 'Desk A' }),
    );
    expect(screen.getByTestId('sync-status').textContent).toBe(sync.short.prefixTaken);
    // Nothing left the desk: its person is still waiting, and A finds nothing to pull.
    expect(await b.db.outbox.count()).toBeGreaterThan(0);
    expect((await clientA.pull(0, 100)).records).toEqual([]);

    await view.i18n.changeLanguage('ar');
    await waitFor(() =>
      expect(screen.getByTestId('sync-prefix').textContent).toContain(
        fill(arSync.prefix.refused, { prefix: 'LGA', desk: 'Desk A' }),
      ),
    );
    await view.i18n.changeLanguage('en');

    // The prefix A holds again is refused with A's name; another one is taken, with Enter.
    const box = await within(refusal).findByLabelText(sync.prefix.label);
    await userEvent.type(box, 'lga{Enter}');
    expect(await within(refusal).findByText(sync.prefix.same)).toBeTruthy();
    await userEvent.clear(box);
    await userEvent.type(box, 'lgb{Enter}');
    const accepted = await screen.findByText(
      fill(sync.prefix.accepted, { prefix: 'LGB' }),
      {},
      SLOW,
    );
    expect(accepted).toBeTruthy();
    expect(await readDeskPrefix(b.db)).toBe('LGB');
    expect(await screen.findByDisplayValue('LGB')).toBeTruthy(); // the desk profile form

    // Sync starts: B's person reaches the catalogue and desk A.
    await waitFor(
      () => expect(screen.getByTestId('sync-status').textContent).toBe(sync.header.synced),
      SLOW,
    );
    expect(await b.db.outbox.count()).toBe(0);
    const pulled = await clientA.pull(0, 100);
    expect(pulled.records.map((r) => r.fields.givenName)).toContain('Carmelita');

    // "Test connection" confirms the prefix the desk now holds.
    await userEvent.click(screen.getByRole('button', { name: sync.test }));
    await screen.findByTestId('sync-test-result', {}, SLOW);
    expect((await screen.findByTestId('sync-prefix', {}, SLOW)).textContent).toBe(
      fill(sync.prefix.accepted, { prefix: 'LGB' }),
    );

    // Changing the prefix in the desk profile asks the catalogue first: A's prefix is refused
    // in plain words and the desk keeps LGB.
    const prefixBox = screen.getByLabelText(new RegExp(`^${common.setup.referencePrefix}`));
    await userEvent.clear(prefixBox);
    await userEvent.type(prefixBox, 'LGA');
    await userEvent.click(screen.getByRole('button', { name: common.settings.save }));
    const alert = await screen.findByText(
      fill(common.errors.saveFailed, {
        reason: fill(common.failures.prefixTaken, { prefix: 'LGA', desk: 'Desk A' }),
      }),
      {},
      SLOW,
    );
    expect(alert.getAttribute('role')).toBe('alert');
    expect(await readDeskPrefix(b.db)).toBe('LGB');
    a.db.close();
    b.db.close();
  }, 90_000);
});
