// The Catalogue page in real Chromium on real IndexedDB, driven from the keyboard. The catalogue
// is a stand-in answering in the server's own message shapes (catalogueStub.ts): the browser
// project has no catalogue server to start, and the unit test catalogueCopy.test.ts runs the
// same copy against a real one.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import en from '../../../locales/en/catalogue.json';
import ar from '../../../locales/ar/catalogue.json';
import enStakeholders from '../../../locales/en/stakeholders.json';
import enSync from '../../../locales/en/sync.json';
import { createDatabase, openDatabase, type TulayDatabase } from '../../../renderer/db';
import { saveSyncSettings } from '../../../renderer/sync/syncSettings';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';
import { ADDRESS, catalogueStub, type CatalogueStub } from './catalogueStub';

/** The whole app opening on a loaded 2-core machine. */
const SLOW = { timeout: 10_000 };

let stub: CatalogueStub;
const opened: TulayDatabase[] = [];

beforeEach(() => {
  stub = catalogueStub();
  vi.spyOn(globalThis, 'fetch').mockImplementation(stub.fetch);
});
afterEach(() => {
  vi.restoreAllMocks();
  opened.splice(0).forEach((db) => db.close());
});

/** A set-up desk with the catalogue address (and token) saved in Settings → Sync. */
async function desk(settings?: { token?: string }) {
  const { databaseName, staffId } = await setUpDesk();
  const db = createDatabase(databaseName);
  await openDatabase(db);
  opened.push(db);
  if (settings)
    await saveSyncSettings(
      { db, actor: staffId },
      { address: ADDRESS, token: settings.token ?? '', replicate: false },
    );
  return { databaseName, db, ctx: { db, actor: staffId } };
}

const startsWith = (text: string) => new RegExp(`^${text}`);

/** Mantine's switch: a checkbox with role "switch", found by its label. */
async function findSwitch() {
  // Mantine puts the description inside the label element: the label text starts with the name.
  const input = await screen.findByLabelText(startsWith(enStakeholders.share.label), {}, SLOW);
  expect(input.getAttribute('role')).toBe('switch');
  return input;
}

async function press(button: HTMLElement, key = '{Enter}') {
  button.focus();
  await userEvent.keyboard(key);
}

describe('the Catalogue page', () => {
  it('points to Settings → Sync when no catalogue address is set', async () => {
    const { databaseName } = await desk();
    await renderApp({ databaseName, path: '/cases' });
    await press(await screen.findByRole('link', { name: 'Catalogue' }));
    const empty = await screen.findByTestId('catalogue-no-address');
    expect(within(empty).getByText(en.empty.noAddressTitle)).toBeTruthy();
    expect(within(empty).getByRole('link', { name: en.empty.openSettings })).toHaveProperty(
      'href',
      expect.stringMatching(/#\/settings$/),
    );
    expect(screen.queryByRole('button', { name: en.page.refresh })).toBeNull();
  });

  it('loads the catalogue on Refresh, searches and narrows it, and still shows it offline', async () => {
    const { databaseName } = await desk({});
    await renderApp({ databaseName, path: '/catalogue' });
    await screen.findByText(en.empty.notLoadedTitle);
    await press(screen.getByRole('button', { name: en.page.refresh }));

    const legazpi = await screen.findByRole('article', {
      name: 'Legazpi City: Expanded Help Desk for Overseas Filipino Workers',
    });
    // The entries and the copy's age are two live queries of the same transaction: either may
    // answer first.
    await waitFor(() =>
      expect(screen.getByTestId('catalogue-age').textContent).toMatch(
        /Copy brought up to date now/,
      ),
    );
    // Counts under 5 are shown as "<5", never as a number.
    const indicators = within(legazpi).getByRole('table', { name: en.indicators.title });
    // Each count is its own left-to-right island, so the line is matched as a whole.
    const line = (text: string) => (_: string, el: Element | null) =>
      el?.tagName === 'DIV' && el.textContent === text;
    expect(within(indicators).getByText(line('Repatriation: 12'))).toBeTruthy();
    expect(
      within(indicators).getByText(line('Illegal recruitment or trafficking: <5')),
    ).toBeTruthy();
    expect(within(indicators).getAllByText(/<5/)).toHaveLength(2);
    expect(within(legazpi).getByText('OWWA and Bicol University')).toBeTruthy();
    expect(within(legazpi).getByText('Objective 7')).toBeTruthy();
    const terrassa = screen.getByRole('article', { name: /Moroccan Dialect Classes/ });
    expect(within(terrassa).getByText(en.indicators.noneYet)).toBeTruthy();
    expect(screen.getByTestId('commitment-count').textContent).toBe('Commitments shown: 2 of 2');

    // "/" jumps to the search box; every word must match.
    await userEvent.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: en.filters.search }));
    await userEvent.keyboard('orientation SEMINARS');
    await waitFor(() =>
      expect(screen.getByTestId('commitment-count').textContent).toBe('Commitments shown: 1 of 2'),
    );
    expect(screen.queryByRole('article', { name: /Moroccan/ })).toBeNull();
    await userEvent.clear(screen.getByRole('searchbox', { name: en.filters.search }));

    // A GCM objective picked with the keyboard: Enter picks, it does not submit anything.
    const gcm = screen.getByRole('combobox', { name: en.filters.gcm });
    gcm.focus();
    await userEvent.keyboard('16{Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('commitment-count').textContent).toBe('Commitments shown: 1 of 2'),
    );
    expect(screen.getByRole('article', { name: /Moroccan/ })).toBeTruthy();
    await press(screen.getByRole('button', { name: en.filters.clear }));
    await screen.findByRole('article', { name: /Legazpi City/ });

    // Offline: Refresh says so in plain words and the copy stays readable.
    stub.offline = true;
    await press(screen.getByRole('button', { name: en.page.refresh }));
    expect((await screen.findByRole('alert')).textContent).toBe(enSync.problems.unreachable);
    expect(screen.getByRole('article', { name: /Legazpi City/ })).toBeTruthy();
  });

  it('imports a shared stakeholder into the map as a copy that remembers where it came from', async () => {
    const { databaseName, db } = await desk({});
    await renderApp({ databaseName, path: '/catalogue' });
    await press(await screen.findByRole('button', { name: en.page.refresh }));
    const commitmentsTab = await screen.findByRole('tab', { name: 'Commitments (2)' });
    await press(commitmentsTab, '{ArrowRight}');
    const stakeholdersTab = screen.getByRole('tab', { name: 'Shared stakeholders (1)' });
    await waitFor(() => expect(stakeholdersTab.getAttribute('aria-selected')).toBe('true'));

    const card = await screen.findByRole('article', { name: 'Associació Filipina de Terrassa' });
    expect(within(card).getByText('Shared by Terrassa · Terrassa, Spain')).toBeTruthy();
    await press(within(card).getByRole('button', { name: en.stakeholders.import }));
    const open = await within(card).findByRole('link', { name: en.stakeholders.inYourMap });

    // The desk's own stakeholders (its preset's partner agencies) are there too.
    const [stored] = await db.stakeholders.filter((s) => s.catalogueSource !== undefined).toArray();
    expect(stored).toMatchObject({
      name: 'Associació Filipina de Terrassa',
      type: 'diaspora',
      country: 'ES',
      sectors: ['welfare'],
      catalogueSource: {
        municipality: 'Terrassa',
        entryId: '0190a000-0000-7000-8000-000000000201',
      },
    });
    expect(stored!.shareWithCatalogue).toBeUndefined();
    // Through the write path: audited and queued for sync like any new record.
    expect(await db.outbox.filter((e) => e.recordId === stored!.id).count()).toBe(1);

    await press(open);
    await screen.findByRole('heading', { level: 1, name: 'Associació Filipina de Terrassa' });
    expect(screen.getByTestId('catalogue-source').textContent).toMatch(
      /^Imported from the catalogue: shared by Terrassa, imported on /,
    );
  });

  it('reads right to left in Arabic, with "<5" for small counts', async () => {
    const { databaseName } = await desk({});
    await renderApp({ databaseName, path: '/catalogue', language: 'ar' });
    await press(await screen.findByRole('button', { name: ar.page.refresh }));
    const legazpi = await screen.findByRole('article', { name: /Legazpi City/ });
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1, name: ar.page.title })).toBeTruthy();
    expect(within(legazpi).getByRole('table', { name: ar.indicators.title })).toBeTruthy();
    expect(within(legazpi).getAllByText(/<5/).length).toBeGreaterThan(0);
  });
});

describe('"Share with the catalogue" on a stakeholder', () => {
  it('is off at first, publishes only the organisation when turned on, and withdraws it when turned off', async () => {
    const { databaseName, db, ctx } = await desk({ token: 'tly1_desk_token' });
    const { createRecord } = await import('../../../renderer/db');
    const own = await createRecord(ctx, 'stakeholders', {
      name: 'Bicol Migrants Center',
      type: 'civilSociety',
      country: 'PH',
      city: 'Legazpi',
      notes: 'Director prefers calls after 3 pm',
      contacts: [{ name: 'Lorna Reyes', phone: '0917 555 0101' }],
    });
    await renderApp({ databaseName, path: `/stakeholders/${own.id}` });
    await screen.findByRole('heading', { level: 1 });
    const toggle = await findSwitch();
    expect(toggle).toHaveProperty('checked', false);

    await press(toggle, ' ');
    await screen.findByText(/^Shared with the catalogue since /, {}, SLOW);
    expect(stub.published).toHaveLength(1);
    expect(stub.published[0]).toMatchObject({
      id: own.id,
      data: { name: 'Bicol Migrants Center', city: 'Legazpi', contact: null },
    });
    expect(JSON.stringify(stub.published[0]!.data)).not.toMatch(/Director|Lorna|0917/);

    await press(screen.getByLabelText(startsWith(enStakeholders.share.label)), ' ');
    await waitFor(() => expect(stub.published).toHaveLength(2));
    expect(stub.published[1]).toEqual({ id: own.id, data: null });
    await waitFor(() =>
      expect(screen.getByLabelText(startsWith(enStakeholders.share.label))).toHaveProperty(
        'checked',
        false,
      ),
    );
    // Turning sharing off never deletes the desk's own record.
    expect(await db.stakeholders.get(own.id)).toMatchObject({
      deletedAt: null,
      shareWithCatalogue: false,
      notes: 'Director prefers calls after 3 pm',
    });
  });

  it('keeps the choice and says it will be shared once the catalogue is set up', async () => {
    const { databaseName, db, ctx } = await desk();
    const { createRecord } = await import('../../../renderer/db');
    const own = await createRecord(ctx, 'stakeholders', {
      name: 'Albay Seafarers',
      type: 'diaspora',
    });
    await renderApp({ databaseName, path: `/stakeholders/${own.id}` });
    await press(await findSwitch(), ' ');
    await screen.findByText(enStakeholders.share.needsConnection);
    expect(stub.published).toEqual([]);
    expect((await db.stakeholders.get(own.id))!.shareWithCatalogue).toBe(true);
  });
});
