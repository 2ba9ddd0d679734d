// The Reports page on a desk with cases this month and last month: switching the period with the
// keyboard changes the figures, and Enter on a bar opens the case list with its filter.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import caseList from '../../../locales/en/caseList.json';
import presets from '../../../locales/en/presets.json';
import en from '../../../locales/en/reports.json';
import es from '../../../locales/es/reports.json';
import { localDay } from '../../../domain/localDay';
import { createDatabase, openDatabase, type WriteContext } from '../../../renderer/db';
import { createRecord } from '../../../renderer/db/writeRecord';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import { checkIn } from '../../../renderer/features/seminars/checkInRepository';
import { registerPerson } from '../../../renderer/features/seminars/registrationRepository';
import { createSeminar } from '../../../renderer/features/seminars/seminarRepository';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

const desk = { presetId: 'ofw-ph' as const, referencePrefix: 'LGZ' };
const now = new Date();
const thisMonth = new Date(now.getFullYear(), now.getMonth(), 1, 10);
const lastMonth = new Date(now.getFullYear(), now.getMonth() - 1, 15, 10);

/** A case taken at the intake for a worker in `country`. */
const intakeFor = (ctx: WriteContext, clientId: string, categories: string[], country: string) =>
  createCase(ctx, desk, {
    clientId,
    clientRole: 'ofwLandBased',
    ofwDetails: { destinationCountry: country },
    channel: 'walkIn',
    categories,
    urgency: 'normal',
    description: 'Asked for help.',
    consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
  });

/** A desk with Ana's cases (one last month, two this month) and, if asked, Ben's this month. */
async function deskWithCases(options: { ben?: readonly string[] } = {}) {
  const { databaseName, staffId } = await setUpDesk();
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const at = (date: Date, actor = staffId): WriteContext => ({ db, actor, now: () => date });
  const person = await createPerson(at(lastMonth), {
    givenName: 'Rosario',
    familyName: 'Dela Cruz',
    sex: 'female',
  });
  const intake = (date: Date, categories: string[], country: string, actor = staffId) =>
    intakeFor(at(date, actor), person.id, categories, country);
  await intake(lastMonth, ['welfareCheck'], 'AE');
  await intake(thisMonth, ['repatriation'], 'SA');
  await intake(thisMonth, ['repatriation', 'legalAssistance'], 'SA');
  const benId = 'staff-ben';
  if (options.ben) {
    await createRecord(
      at(lastMonth),
      'staff',
      { displayName: 'Ben Reyes', role: 'officer', active: true },
      { id: benId },
    );
    for (const country of options.ben) await intake(thisMonth, ['repatriation'], country, benId);
  }
  db.close();
  return { databaseName, benId };
}

const figure = (label: string) =>
  document.querySelector(`[data-figure="${label}"]`)?.textContent ?? '';

/** Moves the period control from one period to the next (or previous) with the keyboard. */
async function step(from: string, key: '{ArrowRight}' | '{ArrowLeft}') {
  screen.getByRole('radio', { name: from }).focus();
  await userEvent.keyboard(key);
}

describe('reports page', () => {
  it('shows the figures of the period chosen with the keyboard', async () => {
    const { databaseName } = await deskWithCases();
    await renderApp({ databaseName, path: '/reports' });
    await waitFor(() => expect(figure(en.cases.opened)).toBe('2'), { timeout: 5000 });
    const categories = screen.getByTestId('report-categories');
    expect(within(categories).getAllByRole('row')[1]!.textContent).toContain('Repatriation');

    screen.getByRole('radio', { name: en.period.thisMonth }).focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(figure(en.cases.opened)).toBe('1'));
    expect(window.location.hash).toContain('period=lastMonth');
    expect(within(screen.getByTestId('report-countries')).getByRole('table').textContent).toContain(
      'United Arab Emirates',
    );
  });

  it('shows the figures of the period clicked, and of the one clicked after it', async () => {
    const { databaseName } = await deskWithCases();
    await renderApp({ databaseName, path: '/reports' });
    await waitFor(() => expect(figure(en.cases.opened)).toBe('2'), { timeout: 5000 });
    await userEvent.click(screen.getByText(en.period.lastMonth));
    await waitFor(() => expect(figure(en.cases.opened)).toBe('1'));
    expect(window.location.hash).toContain('period=lastMonth');
    await userEvent.click(screen.getByText(en.period.year));
    await waitFor(() => expect(figure(en.cases.opened)).toMatch(/^[23]$/));
    expect(window.location.hash).toContain('period=year');
  });

  it('shows a case and an attendance written while the page is open, in every period kept', async () => {
    const { databaseName } = await deskWithCases();
    await renderApp({ databaseName, path: '/reports' });
    await waitFor(() => expect(figure(en.cases.opened)).toBe('2'), { timeout: 5000 });
    // Both periods asked for once, so both are kept in memory.
    await step(en.period.thisMonth, '{ArrowRight}');
    await waitFor(() => expect(window.location.hash).toContain('period=lastMonth'));
    await waitFor(() => expect(figure(en.cases.opened)).toBe('1'));
    await step(en.period.lastMonth, '{ArrowLeft}');
    await waitFor(() => expect(figure(en.cases.opened)).toBe('2'));

    // Another connection (as another window would) saves a case this month, then a session held
    // a minute ago with one person registered and checked in.
    const db = createDatabase(databaseName);
    await openDatabase(db);
    const staffId = (await db.staff.toArray())[0]!.id;
    const at: WriteContext = { db, actor: staffId };
    const person = await createPerson(at, {
      givenName: 'Liza',
      familyName: 'Santos',
      sex: 'female',
    });
    await intakeFor(at, person.id, ['welfareCheck'], 'QA');
    await waitFor(() => expect(figure(en.cases.opened)).toBe('3'), { timeout: 5000 });
    expect(figure(en.seminars.attended)).toBe('0');
    const session = await createSeminar(at, {
      type: 'peos',
      title: 'PEOS',
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      facilitators: [],
      language: 'fil',
      capacity: 30,
    });
    const seat = await registerPerson(at, session.id, person.id);
    await waitFor(() => expect(figure(en.seminars.registered)).toBe('1'), { timeout: 5000 });
    expect(figure(en.seminars.held)).toBe('1');
    expect(figure(en.seminars.attended)).toBe('0');
    await checkIn(at, seat.id);
    await waitFor(() => expect(figure(en.seminars.attended)).toBe('1'), { timeout: 5000 });
    db.close();

    // Switched again: last month has none of them, this month all of them (nothing kept stale).
    await step(en.period.thisMonth, '{ArrowRight}');
    await waitFor(() => expect(figure(en.cases.opened)).toBe('1'));
    expect(figure(en.seminars.held)).toBe('0');
    await step(en.period.lastMonth, '{ArrowLeft}');
    await waitFor(() => expect(figure(en.cases.opened)).toBe('3'));
    expect(figure(en.seminars.attended)).toBe('1');
  });

  it("counts the cases of a custom period typed in the desk's date order", async () => {
    const { databaseName } = await deskWithCases();
    await renderApp({ databaseName, path: '/reports?period=custom', language: 'es' });
    /** Types a day as a Spanish desk writes it: day/month/year. */
    const type = async (label: string, date: Date) => {
      const field = await screen.findByRole('textbox', { name: label }, { timeout: 5000 });
      await userEvent.click(field);
      await userEvent.keyboard('{Control>}a{/Control}');
      const [y, m, d] = localDay(date).split('-');
      await userEvent.keyboard(`${d}/${m}/${y}`);
    };
    // From the 15th of last month to the end of last month: Ana's case of last month only.
    const endOfLastMonth = new Date(now.getFullYear(), now.getMonth(), 0, 10);
    await type(es.period.from, lastMonth);
    await type(es.period.to, endOfLastMonth);
    await waitFor(() => expect(figure(es.cases.opened)).toBe('1'), { timeout: 5000 });
    expect(window.location.hash).toContain(`from=${localDay(lastMonth)}`);
    expect(window.location.hash).toContain(`to=${localDay(endOfLastMonth)}`);
    // Until the first of this month: the two cases opened that day too.
    await type(es.period.to, thisMonth);
    await waitFor(() => expect(figure(es.cases.opened)).toBe('3'));
    expect(within(screen.getByTestId('report-countries')).getByRole('table').textContent).toContain(
      'Arabia Saudí',
    );
  });

  it('opens the case list filtered to a category and the period when Enter is pressed on its bar', async () => {
    const { databaseName } = await deskWithCases();
    await renderApp({ databaseName, path: '/reports' });
    const bar = await screen.findByRole(
      'link',
      { name: 'Repatriation: 2 cases. Open the list' },
      { timeout: 5000 },
    );
    bar.focus();
    await userEvent.keyboard('{Enter}');
    const from = localDay(thisMonth);
    await waitFor(() => expect(window.location.hash).toContain(`#/cases?category=repatriation`));
    expect(window.location.hash).toContain(`from=${from}`);
    await waitFor(() => expect(screen.getByTestId('case-count').textContent).toBe('2 of 3 cases'), {
      timeout: 5000,
    });
  });

  it('opens exactly the cases of a client role, and of the sex of the person concerned', async () => {
    const { databaseName } = await deskWithCases();
    // A wife asks for help for her husband abroad: the case is about him, a man born in 1990.
    const db = createDatabase(databaseName);
    await openDatabase(db);
    const staffId = (await db.staff.toArray())[0]!.id;
    const at: WriteContext = { db, actor: staffId, now: () => thisMonth };
    const wife = await createPerson(at, { givenName: 'Liza', familyName: 'Santos', sex: 'female' });
    const husband = await createPerson(at, {
      givenName: 'Marco',
      familyName: 'Santos',
      sex: 'male',
      birthDate: '1990-03-04',
    });
    await createCase(at, desk, {
      clientId: wife.id,
      ofwId: husband.id,
      clientRole: 'familySpouse',
      ofwDetails: { destinationCountry: 'QA' },
      channel: 'walkIn',
      categories: ['welfareCheck'],
      urgency: 'normal',
      description: 'No news from her husband.',
      consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
    });
    db.close();
    await renderApp({ databaseName, path: '/reports' });
    const role = await screen.findByRole(
      'link',
      { name: `${presets['ofw-ph'].clientRoles.familySpouse}: 1 case. Open the list` },
      { timeout: 5000 },
    );
    role.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toContain('role=familySpouse'));
    await waitFor(() => expect(screen.getByTestId('case-count').textContent).toBe('1 of 4 cases'), {
      timeout: 5000,
    });
    expect(await within(screen.getByRole('table')).findByText('Marco Santos')).toBeTruthy();
    // The filter is shown, and removing it shows the period's other cases again.
    const roleFilter = screen
      .getAllByLabelText(caseList.filters.role)
      .find((element) => element.tagName === 'INPUT')!;
    const field = roleFilter.closest<HTMLElement>('.mantine-InputWrapper-root')!;
    const pill = field.querySelector<HTMLElement>('.mantine-MultiSelect-pill')!;
    expect(pill.textContent).toBe(presets['ofw-ph'].clientRoles.familySpouse);
    await userEvent.click(pill.querySelector<HTMLElement>('.mantine-Pill-remove')!);
    await waitFor(() => expect(screen.getByTestId('case-count').textContent).toBe('3 of 4 cases'));

    // Back on the report, the "Male" bar opens the husband's case: the sex of the OFW, not
    // of the client who came.
    history.back();
    const male = await screen.findByRole(
      'link',
      { name: 'Male: 1 case. Open the list' },
      { timeout: 5000 },
    );
    male.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toContain('sex=male'));
    await waitFor(() => expect(screen.getByTestId('case-count').textContent).toBe('1 of 4 cases'), {
      timeout: 5000,
    });
    expect(await within(screen.getByRole('table')).findByText('Marco Santos')).toBeTruthy();
  });

  it("keeps the staff member's filter when a bar opens the case list", async () => {
    const { databaseName, benId } = await deskWithCases({ ben: ['SA'] });
    await renderApp({ databaseName, path: `/reports?period=thisMonth&staff=${benId}` });
    const bar = await screen.findByRole(
      'link',
      { name: 'Repatriation: 1 case. Open the list' },
      { timeout: 5000 },
    );
    bar.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toContain(`assignee=${benId}`));
    await waitFor(() => expect(screen.getByTestId('case-count').textContent).toBe('1 of 4 cases'), {
      timeout: 5000,
    });
    // The filter is shown, so it can be seen and cleared: Ben as a chosen "Assigned to" value.
    const pills = [...document.querySelectorAll('.mantine-MultiSelect-pill')];
    expect(pills.map((pill) => pill.textContent)).toEqual(['Repatriation', 'Ben Reyes']);
  });

  it('lists the first ten countries, "and 3 more", and all of them on Show all', async () => {
    const many = ['AE', 'QA', 'KW', 'BH', 'OM', 'JP', 'HK', 'SG', 'TW', 'IT', 'CA', 'US'];
    const { databaseName } = await deskWithCases({ ben: many });
    await renderApp({ databaseName, path: '/reports' });
    const countries = await screen.findByTestId('report-countries', {}, { timeout: 5000 });
    const table = within(countries).getByRole('table');
    await waitFor(() => expect(within(table).getByText('and 3 more')).toBeTruthy(), {
      timeout: 5000,
    });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 10 + 1);
    await userEvent.click(within(countries).getByRole('button', { name: en.showAll }));
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 13);
    expect(within(table).queryByText('and 3 more')).toBeNull();
  });
});
