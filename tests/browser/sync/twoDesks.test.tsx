// Two desks of one municipality, two databases, one real catalogue. Desk A is driven through the
// sync engine; desk B is the app on screen. A case recorded on A is found on B after a sync, and
// a phone number both changed offline appears on B under "Needs review", where the officer keeps
// one value: the header's count goes away and the choice reaches desk A.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import caseList from '../../../locales/en/caseList.json';
import sync from '../../../locales/en/sync.json';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson, updatePerson } from '../../../renderer/features/people';
import { runSync } from '../../../renderer/sync/runSync';
import { renderApp } from '../renderApp';
import { connectDesk, syncDesk } from './syncDesks';

const SLOW = { timeout: 15_000 };

/** A waits on no one: it records, then syncs through the engine. */
async function deskAWithCase(tokenA: string) {
  const a = await syncDesk('twoDesks', 'A', 'LGA');
  const clientA = await connectDesk(a.ctx, tokenA);
  const client = await createPerson(a.ctx, { givenName: 'Rosalinda', familyName: 'Magbanua' });
  const kase = await createCase(
    a.ctx,
    { presetId: 'ofw-ph', referencePrefix: 'LGA' },
    {
      clientId: client.id,
      clientRole: 'ofwLandBased',
      ofwDetails: { destinationCountry: 'SA' },
      channel: 'walkIn',
      categories: ['contractViolation'],
      urgency: 'normal',
      description: 'Salary unpaid since March.',
      consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
    },
  );
  await runSync(a.db, clientA);
  return { ...a, clientA, client, kase };
}

const header = () => screen.getByTestId('sync-status');

/** The browser's online state as the app reads it (navigator.onLine and its events). */
function setOnline(online: boolean) {
  if (online) Reflect.deleteProperty(navigator, 'onLine');
  else Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

// The files after this one run in the same page: a test that failed while offline gives the
// browser its own online state back.
afterEach(() => {
  Reflect.deleteProperty(navigator, 'onLine');
});

describe('two desks of one municipality', () => {
  it('finds on B the case recorded on A, and lets B settle a conflict shown in the header', async () => {
    const tenant = await commands.catalogueTenant(['Desk A', 'Desk B']);
    const a = await deskAWithCase(tenant.desks[0]!.token);
    const b = await syncDesk('twoDesks', 'B', 'LGB');
    await connectDesk(b.ctx, tenant.desks[1]!.token);

    // B opens with sharing on: its first sync brings A's case into the list and the search.
    await renderApp({ databaseName: b.databaseName, path: '/cases' });
    await waitFor(() => expect(header().textContent).toBe(sync.header.synced), SLOW);
    await userEvent.click(screen.getByRole('searchbox', { name: caseList.search.label }));
    await userEvent.keyboard('rosalinda');
    const row = await screen.findByRole('row', { name: new RegExp(a.kase.reference) }, SLOW);
    expect(row.textContent).toContain('Magbanua');

    // Both change the client's phone while B is offline (B's long poll would otherwise bring A's
    // change at once); A sends first, then B comes back online and syncs (Ctrl+Shift+S).
    setOnline(false);
    await updatePerson(b.ctx, a.client.id, { phone: '0917 222 2222' });
    await updatePerson(a.ctx, a.client.id, { phone: '0917 111 1111' });
    await runSync(a.db, a.clientA);
    setOnline(true);
    await userEvent.keyboard('{Control>}{Shift>}S{/Shift}{/Control}');
    const count = await screen.findByTestId('sync-review-count', {}, SLOW);
    expect(count.textContent).toBe(sync.header.review_one.replace('{{count, number}}', '1'));

    // The header's count leads to Settings → Sync → Needs review: the record, the field, both
    // values and which desk sent each.
    await userEvent.click(count);
    const item = await screen.findByTestId('conflict', {}, SLOW);
    const text = item.textContent ?? '';
    expect(text).toContain(sync.review.tables.people);
    expect(text).toContain('Rosalinda Magbanua');
    expect(text).toContain(sync.review.field.replace('{{field}}', sync.fields.phone));
    expect(text).toContain('0917 222 2222');
    expect(text).toContain('0917 111 1111');
    expect(text).toContain('Desk A');
    expect(text).toContain('Desk B');

    // The officer keeps A's number, from the keyboard.
    const keep = within(item).getByRole('button', {
      name: sync.review.keepNamed
        .replace('{{value}}', '0917 111 1111')
        .replace('{{field}}', sync.fields.phone),
    });
    keep.focus();
    await userEvent.keyboard('{Enter}');
    expect((await screen.findByTestId('conflict-notice', {}, SLOW)).textContent).toContain(
      '0917 111 1111',
    );
    await waitFor(() => expect(screen.queryByTestId('sync-review-count')).toBeNull());
    expect(screen.queryByTestId('conflict')).toBeNull();
    expect(await b.db.people.get(a.client.id)).toMatchObject({ phone: '0917 111 1111' });

    // The choice is an ordinary edit: B sends it, the catalogue settles the conflict, A takes it.
    await userEvent.click(screen.getByRole('button', { name: sync.syncNow }));
    await waitFor(async () => {
      expect(await b.db.conflicts.where('state').equals('resolved').count()).toBe(1);
    }, SLOW);
    await runSync(a.db, a.clientA);
    expect(await a.db.people.get(a.client.id)).toMatchObject({ phone: '0917 111 1111' });
    expect(await a.db.conflicts.where('state').equals('open').count()).toBe(0);
    expect(await a.db.conflicts.where('state').equals('resolved').count()).toBe(1);
    a.db.close();
    b.db.close();
  }, 90_000);
});
