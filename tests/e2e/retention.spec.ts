// Settings → Retention by keyboard alone: the preview of a case closed years ago, the confirmation,
// the summary, and the case page without a name; the accessibility scan in English and in
// right-to-left Arabic.
import { expect, test, type Page } from '@playwright/test';
import arRetention from '../../locales/ar/retention.json';
import enRetention from '../../locales/en/retention.json';
import { completeSetup, expectNoSeriousA11yViolations, screenshot } from './helpers';

const CASE_ID = '01890000-0000-7000-8000-000000000c01';
const PERSON_ID = '01890000-0000-7000-8000-000000000d01';

/**
 * A person and a case closed in 2019, written straight into the desk's database (the app reads
 * them after a reload): the way to have a case closed years ago without waiting for them.
 */
async function addOldClosedCase(page: Page) {
  await page.evaluate(
    ({ caseId, personId }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tulay');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const meta = {
            createdAt: '2019-01-10T02:00:00.000Z',
            updatedAt: '2019-03-01T02:00:00.000Z',
            updatedBy: 'e2e',
            deletedAt: null,
            serverSeq: 0,
          };
          const tx = db.transaction(['people', 'cases'], 'readwrite');
          tx.objectStore('people').put({
            ...meta,
            id: personId,
            givenName: 'Corazon',
            familyName: 'Villanueva',
            sex: 'female',
            phone: '0917 555 0199',
            searchTokens: ['corazon', 'villanueva'],
          });
          tx.objectStore('cases').put({
            ...meta,
            id: caseId,
            reference: 'LGZ-2019-000042',
            clientId: personId,
            clientRole: 'ofwLandBased',
            categories: ['repatriation'],
            status: 'closedResolved',
            urgency: 'normal',
            channel: 'walkIn',
            description: 'Corazon Villanueva asked to come home from Riyadh.',
            openedAt: '2019-01-10T02:00:00.000Z',
            closedAt: '2019-03-01T02:00:00.000Z',
            outcome: 'Home safe',
            ofwDetails: {},
            migrantDetails: {},
            searchTokens: ['lgz2019000042', 'corazon', 'villanueva'],
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    { caseId: CASE_ID, personId: PERSON_ID },
  );
}

/** Picks the interface language by keyboard: open the select, arrow to the language, Enter. */
async function chooseLanguage(page: Page, label: string, language: string) {
  const select = page.getByRole('combobox', { name: label });
  await select.focus();
  await page.keyboard.press('ArrowDown');
  const list = page.locator(`[id="${await select.getAttribute('aria-controls')}"]`);
  await list.waitFor();
  for (let i = 0; i < 10; i++) {
    const active = list.locator('[data-combobox-selected]');
    if ((await active.count()) > 0 && (await active.textContent()) === language) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

/** Tabs forward until the focused element is `name` (a button or link), as an officer would. */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === name) return;
  }
  throw new Error(`"${name}" was never focused`);
}

test('anonymises a case past its period by keyboard, in English and Arabic', async ({ page }) => {
  await page.goto('/');
  await completeSetup(page);
  await addOldClosedCase(page);
  await page.goto('/#/settings');
  const region = page.getByRole('region', { name: enRetention.panel.title });
  await expect(region).toBeVisible();

  await region.getByRole('button', { name: enRetention.preview.button }).focus();
  await page.keyboard.press('Enter');
  const table = region.getByRole('table', { name: enRetention.preview.caption });
  await expect(table).toContainText('LGZ-2019-000042');
  await expect(region).not.toContainText('Villanueva');
  await table.scrollIntoViewIfNeeded();
  await screenshot(page, 'retention-preview-en');
  await expectNoSeriousA11yViolations(page);

  // The same preview in Arabic, right to left.
  await chooseLanguage(page, 'Language', 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const arRegion = page.getByRole('region', { name: arRetention.panel.title });
  await arRegion.getByRole('button', { name: arRetention.preview.button }).focus();
  await page.keyboard.press('Enter');
  const arTable = arRegion.getByRole('table', { name: arRetention.preview.caption });
  await expect(arTable).toContainText('LGZ-2019-000042');
  await arTable.scrollIntoViewIfNeeded();
  await screenshot(page, 'retention-preview-ar');
  await expectNoSeriousA11yViolations(page);

  // Confirm by keyboard: the button, then the dialog's own button.
  await arRegion.getByRole('button', { name: arRetention.run.button_one }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: arRetention.confirm.title });
  await expect(dialog).toBeVisible();
  await screenshot(page, 'retention-confirm-ar');
  await expectNoSeriousA11yViolations(page);
  await tabTo(page, arRetention.run.button_one);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('retention-summary')).toBeVisible();
  await screenshot(page, 'retention-done-ar');

  // The case page, in English again: no name, no story.
  await chooseLanguage(page, 'اللغة', 'English');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.goto(`/#/cases/${CASE_ID}`);
  await expect(page.getByTestId('case-reference')).toHaveText('LGZ-2019-000042');
  await expect(page.getByTestId('case-client')).toHaveText(enRetention.anonymised.person);
  await expect(page.locator('body')).not.toContainText('Villanueva');
  await expect(page.locator('body')).not.toContainText('Riyadh');
  await screenshot(page, 'retention-case-en');
  await expectNoSeriousA11yViolations(page);
});
