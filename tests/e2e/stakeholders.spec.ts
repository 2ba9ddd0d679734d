import { expect, test, type Page } from '@playwright/test';
import ar from '../../locales/ar/stakeholders.json';
import arCommon from '../../locales/ar/common.json';
import { completeSetup, expectNoSeriousA11yViolations, screenshot } from './helpers';

interface Organisation {
  name: string;
  country: string;
  city: string;
}

const RIYADH: Organisation = {
  name: 'Samahang Pilipino sa Riyadh',
  country: 'Saudi Arabia',
  city: 'Riyadh',
};
const DUBAI: Organisation = {
  name: 'Filipino Workers Guild Dubai',
  country: 'United Arab Emirates',
  city: 'Dubai',
};
const MILAN: Organisation = {
  name: 'Comunità Filippina di Milano',
  country: 'Italy',
  city: 'Milan',
};

async function choose(page: Page, field: string, option: string) {
  await page.getByRole('combobox', { name: field }).fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addDiasporaOrganisation(page: Page, organisation: Organisation, look = '') {
  await page.getByRole('link', { name: 'Add organisation' }).click();
  await page.getByRole('textbox', { name: 'Name of the organisation' }).fill(organisation.name);
  await choose(page, 'Type', 'Diaspora organisation');
  await choose(page, 'Country', organisation.country);
  await page.getByRole('textbox', { name: 'City' }).fill(organisation.city);
  if (look) {
    await screenshot(page, look);
    await expectNoSeriousA11yViolations(page);
  }
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: organisation.name })).toBeVisible();
  await expect(page.getByTestId('saved-notice')).toBeVisible();
  await page.getByRole('link', { name: 'Back to stakeholders' }).click();
}

/** Where cytoscape drew a node, in page coordinates (the canvas has no DOM per node). */
async function nodePosition(page: Page, label: string) {
  const graph = page.getByTestId('stakeholder-network');
  await graph.scrollIntoViewIfNeeded();
  const box = (await graph.boundingBox())!;
  const point = await graph.evaluate((element, name) => {
    type Node = { data(key: string): string; renderedPosition(): { x: number; y: number } };
    const cy = (element as unknown as { _cyreg: { cy: { nodes(): Node[] } } })._cyreg.cy;
    return cy
      .nodes()
      .find((node) => node.data('label') === name)
      ?.renderedPosition();
  }, label);
  return point ? { x: box.x + point.x, y: box.y + point.y } : null;
}

test('diaspora organisations in Saudi Arabia, the UAE and Italy: linked, on the map, in the graph, referred to', async ({
  page,
}) => {
  await page.goto('/');
  await completeSetup(page);
  await page.getByRole('link', { name: 'Stakeholders' }).click();
  // The desk's referral partners are stakeholders from the start.
  await expect(
    page.getByRole('link', { name: 'Overseas Workers Welfare Administration (OWWA)' }),
  ).toBeVisible();

  await addDiasporaOrganisation(page, RIYADH, 'stakeholder-form-en');
  await addDiasporaOrganisation(page, DUBAI);
  await addDiasporaOrganisation(page, MILAN);

  await page.getByRole('link', { name: MILAN.name }).click();
  await choose(page, 'Kind of link', 'Coordinates with');
  await choose(page, 'Other stakeholder', RIYADH.name);
  await page.getByRole('textbox', { name: 'Since' }).fill('03/01/2024');
  await page.getByRole('button', { name: 'Add link' }).click();
  const links = page.getByTestId('stakeholder-links');
  await expect(links).toContainText(`Coordinates with ${RIYADH.name}`);
  // Typed month first, as a desk in the Philippines writes dates.
  await expect(links).toContainText('since Mar 1, 2024');
  await screenshot(page, 'stakeholder-page-en');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: RIYADH.name }).click();
  // The link reads from the other side too.
  await expect(page.getByTestId('stakeholder-links')).toContainText(
    `Coordinates with ${MILAN.name}`,
  );
  await page.getByRole('link', { name: 'Back to stakeholders' }).click();

  await choose(page, 'Type', 'Diaspora organisation');
  await page.keyboard.press('Escape');
  const directory = page.getByTestId('stakeholder-directory');
  await expect(directory.getByRole('row')).toHaveCount(4);
  await screenshot(page, 'stakeholders-directory-en');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('tab', { name: 'Map' }).click();
  const map = page.getByTestId('stakeholder-map');
  for (const code of ['SA', 'AE', 'IT']) {
    await expect(map.locator(`[data-country="${code}"]`)).toHaveAttribute('data-count', '1');
  }
  await expect(map.locator('[data-country="PH"]')).toHaveCount(0);
  await map.getByRole('button', { name: 'Italy — stakeholders: 1' }).click();
  await expect(page.getByTestId('country-panel')).toContainText(MILAN.name);
  await expect(page.getByTestId('country-panel')).not.toContainText(RIYADH.name);
  await screenshot(page, 'stakeholders-map-en');
  await expectNoSeriousA11yViolations(page);

  // The country chosen on the map narrows the directory too.
  await page.getByRole('tab', { name: 'Directory' }).click();
  await expect(directory.getByRole('row')).toHaveCount(2);
  await expect(directory).toContainText(MILAN.name);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.getByRole('tab', { name: 'Network' }).click();
  const graph = page.getByTestId('stakeholder-network');
  await expect(graph).toHaveAttribute('data-edges', '1');
  await expect(graph).toHaveAttribute('data-nodes', String(13 + 3));
  await screenshot(page, 'stakeholders-network-en');
  await expectNoSeriousA11yViolations(page);
  const dubai = await nodePosition(page, DUBAI.name);
  expect(dubai).not.toBeNull();
  await page.mouse.click(dubai!.x, dubai!.y);
  await expect(page.getByRole('heading', { level: 1, name: DUBAI.name })).toBeVisible();

  // A case is referred to one of them: the referral partner is chosen among the stakeholders.
  await page.goto('/#/cases/new');
  await page.getByLabel('Client', { exact: true }).fill('Liza Ramos');
  await page.getByRole('option', { name: 'Create new person: “Liza Ramos”' }).click();
  await page.getByRole('button', { name: 'Save new person' }).click();
  await page.getByRole('combobox', { name: 'The client is', exact: true }).click();
  await page.getByRole('option', { name: 'OFW — land-based', exact: true }).click();
  await page.getByText('Psychosocial support').click();
  await page
    .getByRole('textbox', { name: 'Description' })
    .fill('Lonely and anxious after moving to Milan.');
  for (const purpose of ['Handling this case', 'Referral to partner agencies']) {
    await page.getByRole('combobox', { name: purpose, exact: true }).click();
    await page.getByRole('option', { name: 'Consent given', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Save case', exact: true }).click();
  await page.getByRole('tab', { name: 'Referral', exact: true }).click();
  await page.getByRole('combobox', { name: 'Partner', exact: true }).fill('Comunità');
  await page.getByRole('option', { name: MILAN.name, exact: true }).click();
  await page
    .getByRole('textbox', { name: 'Reason for the referral' })
    .fill('Peer support group in Milan');
  await page.getByRole('button', { name: 'Refer', exact: true }).click();
  await expect(page.getByTestId('timeline')).toContainText(`Referred to ${MILAN.name}`);
});

test('the stakeholder pages work right-to-left in Arabic and pass the accessibility scan', async ({
  page,
}) => {
  await page.goto('/');
  await completeSetup(page);
  await page.getByRole('link', { name: 'Stakeholders' }).click();
  await addDiasporaOrganisation(page, RIYADH);
  await page.goto('/#/settings');
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await page.getByRole('link', { name: arCommon.nav.stakeholders }).click();
  await expect(page.getByRole('heading', { level: 1, name: ar.page.title })).toBeVisible();
  await screenshot(page, 'stakeholders-directory-ar');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('tab', { name: ar.tabs.map }).click();
  const saudi = page.getByTestId('stakeholder-map').locator('[data-country="SA"]');
  await saudi.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('country-panel')).toContainText(RIYADH.name);
  await screenshot(page, 'stakeholders-map-ar');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('tab', { name: ar.tabs.network }).click();
  await expect(page.getByTestId('stakeholder-network')).toHaveAttribute('data-nodes', '1');
  await screenshot(page, 'stakeholders-network-ar');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('tab', { name: ar.tabs.directory }).click();
  await page.getByRole('button', { name: ar.filters.clear }).click();
  await page.getByRole('link', { name: RIYADH.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: RIYADH.name })).toBeVisible();
  await screenshot(page, 'stakeholder-page-ar');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: ar.detail.edit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    ar.form.editTitle.replace('{{name}}', RIYADH.name),
  );
  await screenshot(page, 'stakeholder-form-ar');
  await expectNoSeriousA11yViolations(page);
});
