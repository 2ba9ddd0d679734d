// A facilitator runs a PDOS from registration to certificates: the session is scheduled, a
// registration list is imported from a spreadsheet (two bad rows reported and skipped), 25
// people are checked in at the door (three of them walk-ins), and every attendee's certificate
// is printed to PDF: one page each, with their name. Then the same in Arabic.
import { expect, test } from '@playwright/test';
import { completeSetup, expectNoSeriousA11yViolations, screenshot } from './helpers';
import {
  checkIn,
  choose,
  createSession,
  importList,
  pdfOf,
  REGISTERED,
  WALK_INS,
} from './seminarSteps';

test('a PDOS from registration to certificates: import, check-in with walk-ins, certificates', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await completeSetup(page);
  await createSession(page);
  await importList(page);
  const sessionUrl = page.url();

  await page.getByRole('link', { name: 'Check-in at the door' }).click();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  const counter = async (present: number, registered: number) => {
    await expect(page.getByTestId('count-present')).toHaveText(String(present));
    await expect(page.getByTestId('count-registered')).toHaveText(String(registered));
  };
  await counter(0, 30);
  await expect(page.getByTestId('count-capacity')).toHaveText('60');
  await checkIn(page, counter);
  await page.getByRole('combobox', { name: /Name or registration code/ }).fill('ros');
  await expect(page.getByRole('option')).toHaveCount(4); // three Rosas and "walk-in"
  await screenshot(page, 'check-in-en');
  await expectNoSeriousA11yViolations(page);

  await page.goto(sessionUrl);
  await expect(page.getByTestId('seat-badges').first()).toContainText('Present: 25');
  await screenshot(page, 'seminar-page-en');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Print certificates' }).click();
  await expect(page.getByTestId('certificate')).toHaveCount(25);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await screenshot(page, 'certificates-en');
  const english = await pdfOf(page, 'certificates-en');
  expect(english.pages).toBe(25);
  for (const name of [...REGISTERED.slice(0, 22), ...WALK_INS])
    expect(english.text).toContain(name);
  expect(english.text).not.toContain('Gloria Bautista');
  expect(english.text).toContain('Certificate of Attendance');
  expect(english.text).toMatch(/LEG-CERT-\d{4}-00025/);
  expect(english.text).toContain('Municipal OFW Help Desk');
  expect(english.text).not.toContain('Print or save as PDF');
  // On US Letter paper too: one page each, no blank page after each certificate.
  const letter = await pdfOf(page, 'certificates-en-letter', 'Letter');
  expect(letter.pages).toBe(25);

  // The same session, its certificates in Arabic.
  await page.goto(sessionUrl);
  await page.getByRole('link', { name: 'Edit' }).click();
  await choose(page, 'Language of the session', 'العربية');
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.getByRole('link', { name: 'Print the certificate of Maria Santos' }).click();
  await expect(page.getByTestId('certificate')).toHaveCount(1);
  await expect(page.getByTestId('certificate')).toHaveAttribute('dir', 'rtl');
  await screenshot(page, 'certificate-ar');
  const arabic = await pdfOf(page, 'certificate-ar');
  expect(arabic.pages).toBe(1);
  expect((await pdfOf(page, 'certificate-ar-letter', 'Letter')).pages).toBe(1);
  expect(arabic.text).toContain('Maria Santos');
  expect(arabic.text).toMatch(/LEG-CERT-\d{4}-000\d\d/);

  // The list, and the month's statistics: 25 attendees by type, sex and destination.
  await page.goto('/#/seminars');
  await expect(page.getByTestId('seminar-card')).toContainText('Present: 25');
  await screenshot(page, 'seminar-list-en');
  await page.getByRole('tab', { name: 'Statistics' }).click();
  await expect(page.getByTestId('seminar-stats')).toContainText('Attended: 25');
  await expect(page.getByRole('table', { name: 'Attendees by sex' })).toBeVisible();
  // The destinations of the imported list ("KSA", "Arabia Saudí", "AE"…) are the statistics'.
  const destinations = page.getByRole('table', { name: 'Attendees by destination' });
  await expect(destinations).toContainText('Saudi Arabia');
  await expect(destinations).toContainText('United Arab Emirates');
  await screenshot(page, 'seminar-stats-en');
  await expectNoSeriousA11yViolations(page);

  // The person's page lists the seminar they attended.
  await page.goto(sessionUrl);
  await page.getByRole('link', { name: 'Maria Santos', exact: true }).click();
  await expect(page.getByTestId('person-seminars')).toContainText('PDOS for household workers');
  await expect(page.getByTestId('person-seminars')).toContainText('Attended');
});

test('the seminar screens read right-to-left in Arabic and pass the accessibility scan', async ({
  page,
}) => {
  await page.goto('/');
  await completeSetup(page);
  await createSession(page);
  await importList(page);
  const sessionUrl = page.url();
  await page.goto('/#/settings');
  await choose(page, 'Language', 'العربية');
  await page.goto(sessionUrl);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('link', { name: 'تسجيل الحضور عند الباب' })).toBeVisible();
  await screenshot(page, 'seminar-page-ar');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'تسجيل الحضور عند الباب' }).click();
  const search = page.getByRole('combobox', { name: /الاسم أو رمز التسجيل/ });
  await search.fill('Maria Santos');
  await search.press('Enter');
  await expect(page.getByTestId('count-present')).toHaveText('1');
  await search.fill('Jose');
  await screenshot(page, 'check-in-ar');
  await expectNoSeriousA11yViolations(page);
  await page.goto('/#/seminars');
  await screenshot(page, 'seminar-list-ar');
  await expectNoSeriousA11yViolations(page);
});
