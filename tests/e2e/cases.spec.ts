// A mother reports that her daughter, an OFW in Saudi Arabia, is unreachable: the case is
// recorded with both people linked, referred to OWWA with consent, followed up, answered and
// closed with an outcome; then it is found again from the case list.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeSetup, expectNoSeriousA11yViolations, screenshot } from './helpers';

async function createPersonInPicker(page: Page, pickerLabel: string, name: string, phone: string) {
  const search = page.getByLabel(pickerLabel, { exact: true });
  await search.fill(name);
  await page.getByRole('option', { name: `Create new person: “${name}”` }).click();
  await page.getByRole('textbox', { name: 'Phone' }).fill(phone);
  await page.getByRole('button', { name: 'Save new person', exact: true }).click();
}

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a mother reports her daughter in Saudi Arabia unreachable: from intake to closed', async ({
  page,
}) => {
  await page.goto('/');
  await completeSetup(page);
  await page.goto('/#/cases/new');

  await createPersonInPicker(page, 'Client', 'Rosario Dela Cruz', '0917 555 1234');
  await chooseOption(page, 'The client is', 'Family member — parent');
  await createPersonInPicker(
    page,
    'The OFW or migrant concerned',
    'Maria Dela Cruz',
    '+966 50 123 4567',
  );
  await chooseOption(page, 'Destination country', 'Saudi Arabia');
  await page.getByRole('textbox', { name: 'Job / occupation' }).fill('Domestic worker');
  await page.getByText('Phone', { exact: true }).first().click();
  await page.getByText('Welfare check / whereabouts').click();
  await page.getByText('High', { exact: true }).click();
  await page
    .getByRole('textbox', { name: 'Description' })
    .fill(
      'Daughter works in Riyadh; no call or message for three weeks. Employer does not answer.',
    );
  await chooseOption(page, 'Handling this case', 'Consent given');
  await chooseOption(page, 'Referral to partner agencies', 'Consent given');
  await screenshot(page, 'intake-en');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Save case', exact: true }).click();

  await expect(page.getByTestId('case-reference')).toHaveText(/^LEG-\d{4}-000001$/);
  await expect(page.getByTestId('case-client')).toHaveText('Rosario Dela Cruz');
  await expect(page.getByTestId('case-ofw')).toHaveText('Maria Dela Cruz');
  const reference = await page.getByTestId('case-reference').innerText();

  // Referral to OWWA (the client consented to referral at intake).
  await page.getByRole('tab', { name: 'Referral', exact: true }).click();
  await chooseOption(page, 'Partner', 'Overseas Workers Welfare Administration (OWWA)');
  await page
    .getByRole('textbox', { name: 'Reason for the referral' })
    .fill('Welfare check on Maria in Riyadh');
  await page.getByRole('textbox', { name: 'Documents sent' }).fill('Passport copy, contract');
  await page.getByRole('button', { name: 'Refer', exact: true }).click();
  await expect(page.getByTestId('timeline')).toContainText(
    'Referred to Overseas Workers Welfare Administration',
  );

  // Follow-up in two days.
  await page.getByRole('tab', { name: 'Follow-up', exact: true }).click();
  await page.getByRole('textbox', { name: 'What to do' }).fill('Call OWWA for news');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('timeline')).toContainText('Call OWWA for news');
  await page.getByRole('button', { name: 'Mark done', exact: true }).click();
  await expect(page.getByTestId('timeline')).toContainText('Follow-up done');

  // OWWA answers.
  await page.getByRole('button', { name: 'Record response', exact: true }).click();
  await page
    .getByRole('textbox', { name: 'Response' })
    .fill('MWO Riyadh reached the employer; Maria is safe.');
  await page.getByRole('button', { name: 'Save response', exact: true }).click();
  await expect(page.getByTestId('timeline')).toContainText(
    'Response from Overseas Workers Welfare Administration',
  );

  // Closed with an outcome.
  await page.getByRole('button', { name: 'In progress', exact: true }).click();
  await expect(page.getByTestId('case-status').first()).toHaveText('In progress');
  await page.getByRole('button', { name: 'Closed — resolved', exact: true }).click();
  await page.getByRole('button', { name: 'Close case', exact: true }).click();
  await expect(page.getByText('Write the outcome before closing the case.')).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Outcome' })
    .fill('Maria found safe; she will call her mother weekly.');
  await page.getByRole('button', { name: 'Close case', exact: true }).click();
  await expect(page.getByTestId('case-status').first()).toHaveText('Closed — resolved');
  await expect(page.getByTestId('case-outcome')).toHaveText(
    'Maria found safe; she will call her mother weekly.',
  );
  await expect(page.getByRole('dialog')).toBeHidden();
  await screenshot(page, 'case-page-en');
  await expectNoSeriousA11yViolations(page);

  // Found again from the case list, by the daughter's name and by phone.
  for (const query of ['maria dela cruz', '0917 555']) {
    await page.goto('/#/cases');
    await page.getByRole('searchbox').fill(query);
    await page.getByRole('row', { name: new RegExp(reference) }).click();
    await expect(page.getByTestId('case-reference')).toHaveText(reference);
  }
});

async function switchLanguage(page: Page, currentLabel: string, language: string) {
  await page.goto('/#/settings');
  await page.getByRole('combobox', { name: currentLabel, exact: true }).click();
  await page.getByRole('option', { name: language }).click();
}

test('the case summary prints as a designed page, and the case reads in Filipino and Arabic', async ({
  page,
}) => {
  await page.goto('/');
  await completeSetup(page);
  await page.goto('/#/cases/new');
  await createPersonInPicker(page, 'Client', 'Juan Santos', '0918 222 3333');
  await chooseOption(page, 'The client is', 'OFW — land-based');
  await chooseOption(page, 'Destination country', 'Qatar');
  await page.getByText('Contract violation or unpaid wages').click();
  await page
    .getByRole('textbox', { name: 'Description' })
    .fill('Salary unpaid for four months in Doha.');
  await chooseOption(page, 'Handling this case', 'Consent given');
  await page.getByRole('button', { name: 'Save case', exact: true }).click();
  const reference = await page.getByTestId('case-reference').innerText();
  const caseUrl = page.url();

  await page.getByRole('link', { name: 'Print summary' }).click();
  await expect(page.getByTestId('case-summary')).toContainText(
    'Salary unpaid for four months in Doha.',
  );
  await screenshot(page, 'case-summary-en');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const dir = mkdtempSync(join(tmpdir(), 'tulay-pdf-'));
  writeFileSync(join(dir, 'summary.pdf'), pdf);
  const text = execFileSync('pdftotext', [join(dir, 'summary.pdf'), '-'], { encoding: 'utf8' });
  expect(text).toContain(reference);
  expect(text).toContain('Municipal OFW Help Desk');
  expect(text).not.toContain('Print or save as PDF');
  await page.emulateMedia({ media: 'screen' });

  await switchLanguage(page, 'Language', 'Filipino');
  await page.goto(caseUrl);
  await expect(page.getByRole('tab', { name: 'Tala', exact: true })).toBeVisible();
  await screenshot(page, 'case-page-fil');
  await page.goto('/#/cases/new');
  await screenshot(page, 'intake-fil');

  await switchLanguage(page, 'Wika', 'العربية');
  await page.goto(caseUrl);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('case-reference')).toHaveText(reference);
  await screenshot(page, 'case-page-ar');
  await expectNoSeriousA11yViolations(page);
});

/** Texts cut off by their box: column headers and the cells that must show whole. */
async function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const table = document.querySelector('[data-testid="virtual-table"] table')!;
    const boxes = [
      ...table.querySelectorAll('th'),
      ...table.querySelectorAll('tbody tr td:first-child, tbody tr td:nth-child(7)'),
    ];
    return boxes
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => box.textContent ?? '');
  });
}

async function rowHeights(page: Page): Promise<number[]> {
  return page
    .locator('[data-testid="virtual-table"] tbody tr[data-row-index]')
    .evaluateAll((rows) => rows.map((row) => Math.round(row.getBoundingClientRect().height)));
}

test('the case list shows client and OFW, and the intake names open cases, in Filipino and Arabic at 1366×768', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await completeSetup(page);
  await page.goto('/#/cases/new');
  await createPersonInPicker(page, 'Client', 'Rosario Dela Cruz', '0917 555 1234');
  await chooseOption(page, 'The client is', 'Family member — parent');
  await createPersonInPicker(
    page,
    'The OFW or migrant concerned',
    'Maria Dela Cruz',
    '+966 50 123 0142',
  );
  await page.getByText('Welfare check / whereabouts').click();
  await page.getByText('Repatriation', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Description' }).fill('No news for three weeks.');
  await chooseOption(page, 'Handling this case', 'Consent given');
  await page.getByRole('button', { name: 'Save case', exact: true }).click();
  const reference = await page.getByTestId('case-reference').innerText();

  // Found by the last digits of the OFW's number, read off a call log.
  await page.goto('/#/cases');
  await page.getByRole('searchbox').fill('0142');
  await expect(page.getByRole('row', { name: new RegExp(reference) })).toBeVisible();

  for (const [current, language, client, list, name] of [
    ['Language', 'Filipino', 'Kliyente', 'Mga Kaso', 'fil'],
    ['Wika', 'العربية', 'المستفيد', 'الحالات', 'ar'],
  ] as const) {
    await switchLanguage(page, current, language);
    await page.goto('/#/cases');
    const table = page.getByRole('table', { name: list });
    await expect(table.getByRole('row', { name: new RegExp(reference) })).toContainText(
      'Rosario Dela Cruz',
    );
    await expect(table.getByRole('row', { name: new RegExp(reference) })).toContainText(
      'Maria Dela Cruz',
    );
    expect(await clippedTexts(page)).toEqual([]);
    expect(await rowHeights(page)).toEqual([44]);
    await screenshot(page, `case-list-${name}`);

    await page.goto('/#/cases/new');
    // The intake left in the language before is kept as a draft: start afresh.
    if (name === 'ar') await page.getByTestId('draft-restored').getByRole('button').click();
    await page.getByLabel(client, { exact: true }).fill('maria');
    await page.getByRole('option', { name: /Maria Dela Cruz/ }).click();
    const hint = page.getByTestId('open-cases-hint');
    await expect(hint.getByRole('link', { name: reference })).toBeVisible();
    await expect(hint).toContainText('Maria Dela Cruz');
    await screenshot(page, `open-cases-hint-${name}`);
    await expectNoSeriousA11yViolations(page);
  }
});
