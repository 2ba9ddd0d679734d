// Settings → Sync → "Publish our commitment" against a real catalogue server (PGlite in a
// throw-away folder, started here with `npm run catalogue`), from the keyboard: the officer
// connects the desk (replication stays off), writes the commitment, previews exactly what will
// be sent and publishes it; the public catalogue then holds it with this desk's indicators. The
// panel is checked with axe in English and Arabic.
import { expect, test } from '@playwright/test';
import { localDay } from '../../domain/localDay';
import { recentQuarters } from '../../domain/reports/publishedIndicators';
import type { CatalogueEntry } from '../../domain/sync';
import ar from '../../locales/ar/publish.json';
import en from '../../locales/en/publish.json';
import { createCatalogue, type TestCatalogue } from './catalogueServer';
import { completeSetup, expectNoSeriousA11yViolations, screenshot } from './helpers';

// The web build's Content-Security-Policy (scripts/serveRenderer.mjs) allows only its own
// origin; this test's catalogue, on a port of its own, is let through by the browser instead.
test.use({ bypassCSP: true });

let catalogue: TestCatalogue | undefined;
let address = '';
let token = '';
let tenantId = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  catalogue = createCatalogue('publish');
  tenantId = catalogue.addTenant('Legazpi City', 'PH');
  token = catalogue.addDesk(tenantId, 'Albay desk');
  address = await catalogue.start();
});

test.afterAll(() => catalogue?.stop());

const TITLE = 'Help desk for Overseas Filipino Workers and their families';

test('an officer publishes the commitment from the keyboard, in English and Arabic', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await completeSetup(page);
  await page.getByRole('link', { name: 'Settings' }).click();

  // Connect the desk: address, token, Enter saves. Replication stays off.
  await page.getByRole('textbox', { name: 'Catalogue address' }).focus();
  await page.keyboard.type(address);
  await page.keyboard.press('Tab');
  await page.getByLabel('Desk token').focus();
  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
  await expect(page.getByText(en.needsConnection)).toBeHidden();

  const panel = page.getByRole('region', { name: en.title });
  await expect(panel.getByTestId('publish-status')).toHaveText(en.status.never);
  await panel.getByRole('textbox', { name: en.form.title }).focus();
  await page.keyboard.type(TITLE);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Pre-departure seminars, referrals and welfare checks.');
  await panel.getByRole('combobox', { name: en.form.gcm }).focus();
  await page.keyboard.type('Objective 21');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  const quarter = recentQuarters(localDay(), 1)[0]!;
  await panel
    .getByRole('checkbox', { name: en.quarters.inProgress.replace('{{quarter}}', quarter) })
    .focus();
  await page.keyboard.press('Space');
  await panel.getByRole('button', { name: en.preview }).focus();
  await page.keyboard.press('Enter');

  // The preview takes the focus, and shows the commitment with "<5" for the small counts.
  const previewTitle = panel.getByRole('heading', { name: en.previewTitle });
  await expect(previewTitle).toBeFocused();
  const preview = panel.getByTestId('publish-preview');
  await expect(preview.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(preview.getByRole('table', { name: 'Published indicators' })).toContainText('<5');
  await screenshot(page, 'publish-preview-en');
  await expectNoSeriousA11yViolations(page);

  await panel.getByRole('button', { name: en.publish, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('publish-outcome')).toContainText('Published');
  await expect(panel.getByTestId('publish-status')).toContainText('Last published');
  await screenshot(page, 'publish-published-en');

  // Anyone reading the catalogue finds it, with this desk's indicators for the two quarters.
  const found = (await (
    await fetch(`${address}/v1/catalogue/commitments?q=${encodeURIComponent('Overseas Filipino')}`)
  ).json()) as { items: (CatalogueEntry & { indicators: CatalogueEntry[] })[] };
  const mine = found.items.find((item) => item.id === tenantId);
  expect(mine?.data).toMatchObject({ title: TITLE, gcmObjectives: [21], city: 'Legazpi City' });
  expect(mine?.indicators.map((i) => i.data && 'quarter' in i.data && i.data.quarter)).toEqual(
    [recentQuarters(localDay(), 2)[1], quarter].sort(),
  );

  // In Arabic, right to left: the same panel says when it was published.
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const arPanel = page.getByRole('region', { name: ar.title });
  await expect(arPanel.getByTestId('publish-status')).toContainText('آخر نشر');
  await arPanel.getByRole('button', { name: ar.preview }).focus();
  await page.keyboard.press('Enter');
  await expect(arPanel.getByRole('heading', { name: ar.previewTitle })).toBeFocused();
  await screenshot(page, 'publish-preview-ar');
  await expectNoSeriousA11yViolations(page);
});
