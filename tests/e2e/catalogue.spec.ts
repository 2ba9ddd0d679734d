// The Catalogue page against a real catalogue server (PGlite in a throw-away folder, started
// here with `npm run catalogue`): another municipality, Terrassa, publishes a commitment, its
// indicators and a shared stakeholder; this desk reads them without a token, imports the
// stakeholder into its map, and the page is looked at in English and Arabic.
import { expect, test } from '@playwright/test';
import ar from '../../locales/ar/catalogue.json';
import arCommon from '../../locales/ar/common.json';
import en from '../../locales/en/catalogue.json';
import { createCatalogue, type TestCatalogue } from './catalogueServer';
import { completeSetup, expectNoSeriousA11yViolations, screenshot } from './helpers';

// The web build's Content-Security-Policy (scripts/serveRenderer.mjs) allows only its own origin,
// as the desktop app allows only its configured catalogue: this test's catalogue, on a port of
// its own, is let through by the browser instead.
test.use({ bypassCSP: true });

let catalogue: TestCatalogue | undefined;
let address = '';

async function publish(token: string, path: string, body: unknown) {
  const response = await fetch(`${address}${path}`, {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${token}`,
      'tulay-protocol': '1',
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  catalogue = createCatalogue('catalogue');
  const token = catalogue.addDesk(catalogue.addTenant('Terrassa', 'ES'), 'SAIER');
  address = await catalogue.start();
  await publish(token, '/v1/catalogue/commitments/0190a000-0000-7000-8000-000000000301', {
    title: 'Welcome points for newly arrived families in Terrassa',
    summary: 'The City of Terrassa commits to open two welcome points with legal advice.',
    city: 'Terrassa',
    country: 'ES',
    themes: ['Social Inclusion'],
    gcmObjectives: [15, 16],
    partners: ['Creu Roja'],
  });
  await publish(token, '/v1/catalogue/indicators/2026-Q3', {
    inquiriesByCategory: { asylum: 23, housing: 3 },
    seminarsHeld: 2,
    seminarAttendees: 41,
    stakeholdersMapped: 12,
  });
  await publish(token, '/v1/catalogue/stakeholders/0190a000-0000-7000-8000-000000000401', {
    name: 'Associació Filipina de Terrassa',
    type: 'diaspora',
    country: 'ES',
    city: 'Terrassa',
    sectors: ['welfare'],
    servicesOffered: ['Acollida'],
  });
});

test.afterAll(() => catalogue?.stop());

test('a desk reads the catalogue, finds a shared stakeholder and imports it, in English and Arabic', async ({
  page,
}) => {
  await page.goto('/');
  await completeSetup(page);
  await page.getByRole('link', { name: 'Catalogue' }).click();
  await expect(page.getByText(en.empty.noAddressTitle)).toBeVisible();
  await screenshot(page, 'catalogue-empty-en');

  await page.getByRole('link', { name: en.empty.openSettings }).click();
  await page.getByRole('textbox', { name: 'Catalogue address' }).fill(address);
  await page.getByRole('button', { name: 'Save connection' }).click();
  await page.getByRole('link', { name: 'Catalogue' }).click();
  await page.getByRole('button', { name: en.page.refresh }).click();

  const terrassa = page.getByRole('article', {
    name: 'Welcome points for newly arrived families in Terrassa',
  });
  await expect(terrassa).toBeVisible();
  await expect(
    page.getByRole('article', {
      name: 'Legazpi City: Expanded Help Desk for Overseas Filipino Workers',
    }),
  ).toBeVisible();
  await expect(terrassa.getByRole('table', { name: en.indicators.title })).toContainText('<5');
  await expect(page.getByTestId('catalogue-age')).toContainText('Copy brought up to date now');
  await screenshot(page, 'catalogue-commitments-en');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('tab', { name: /Shared stakeholders/ }).click();
  const shared = page.getByRole('article', { name: 'Associació Filipina de Terrassa' });
  await expect(shared).toContainText('Shared by Terrassa');
  await shared.getByRole('button', { name: en.stakeholders.import }).click();
  await expect(shared.getByRole('link', { name: en.stakeholders.inYourMap })).toBeVisible();
  await screenshot(page, 'catalogue-stakeholders-en');
  await expectNoSeriousA11yViolations(page);
  await shared.getByRole('link', { name: en.stakeholders.inYourMap }).click();
  await expect(page.getByTestId('catalogue-source')).toContainText('shared by Terrassa');
  await expect(page.getByRole('switch', { name: 'Share with the catalogue' })).not.toBeChecked();
  await screenshot(page, 'catalogue-imported-stakeholder-en');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: arCommon.nav.catalogue }).click();
  await expect(page.getByRole('heading', { level: 1, name: ar.page.title })).toBeVisible();
  await expect(page.getByRole('table', { name: ar.indicators.title }).first()).toContainText('<5');
  await screenshot(page, 'catalogue-commitments-ar');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('tab', { name: /الجهات المعنية المشتركة/ }).click();
  await expect(page.getByRole('link', { name: ar.stakeholders.inYourMap })).toBeVisible();
  await screenshot(page, 'catalogue-stakeholders-ar');
});
