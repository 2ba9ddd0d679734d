// The door, by keyboard alone: a few letters or a code and Enter checks a person in; a walk-in
// is registered and checked in in one step; a mistaken check-in is undone.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { waitlistPosition } from '../../../domain/seminars/capacity';
import type { Registrant } from '../../../domain/seminars/registrationCsv';
import en from '../../../locales/en/seminars.json';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { renderApp } from '../renderApp';
import { deskWithSession } from './sessionFixture';

const present = () => screen.getByTestId('count-present').textContent;
const registered = () => screen.getByTestId('count-registered').textContent;
const waitlisted = () => screen.queryByTestId('count-waitlisted')?.textContent ?? '0';
const over = () => screen.getByTestId('check-in-counter').hasAttribute('data-over');
const search = () => screen.getByRole('combobox', { name: new RegExp(en.checkIn.searchLabel) });
const recent = () => within(screen.getByTestId('recent-check-ins'));
/** The line that says what happened: written once the check-in is on disk. */
const announced = (text: string | RegExp) =>
  waitFor(() => expect(screen.getByTestId('check-in-announcement').textContent).toMatch(text));

async function openCheckIn(registrations = 6, capacity?: number, more?: Registrant[]) {
  const desk = await deskWithSession({ registrations, capacity, more });
  await renderApp({
    databaseName: desk.databaseName,
    path: `/seminars/${desk.seminar.id}/check-in`,
  });
  await screen.findByTestId('check-in-screen', {}, { timeout: 5000 });
  await waitFor(() => expect(document.activeElement).toBe(search()));
  return desk;
}

describe('check-in at the door', () => {
  it('checks in the first match of a few typed letters with Enter, and another by code', async () => {
    const desk = await openCheckIn();
    expect([present(), registered()]).toEqual(['0', '6']);
    await userEvent.keyboard('ana sa');
    const option = await screen.findByRole('option', { name: /Ana Santos/ });
    expect(option.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(present()).toBe('1'));
    await announced('Ana Santos checked in');
    expect(recent().getByText('Ana Santos')).toBeTruthy();
    expect((search() as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(search());

    const pedro = desk.attendance.find((a) => desk.people.get(a.personId)!.givenName === 'Pedro')!;
    await userEvent.keyboard(`${pedro.registrationCode.toLowerCase()}{Enter}`);
    await waitFor(() => expect(present()).toBe('2'));
    await announced('Pedro Santos');

    // Enter on someone already present says so, and changes nothing.
    await userEvent.keyboard('ana sa{Enter}');
    await announced(/already checked in/);
    expect(present()).toBe('2');
  });

  it('registers and checks in a new walk-in, and a walk-in the desk already knows, in one step each', async () => {
    await openCheckIn();
    await userEvent.keyboard('Pedro dela Paz');
    const walkIn = await screen.findByRole('option', { name: /Walk-in: register and check in/ });
    await waitFor(() => expect(walkIn.getAttribute('aria-selected')).toBe('true'));
    await userEvent.keyboard('{Enter}');
    const panel = await screen.findByTestId('walk-in-panel');
    const given = within(panel).getByRole('textbox', { name: /Given name/ });
    await waitFor(() => expect(document.activeElement).toBe(given));
    expect((given as HTMLInputElement).value).toBe('Pedro');
    const family = within(panel).getByRole<HTMLInputElement>('textbox', { name: /Family name/ });
    expect(family.value).toBe('Dela Paz');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(present()).toBe('1'));
    expect(registered()).toBe('7');
    await announced('Pedro Dela Paz registered as a walk-in');
    await waitFor(() => expect(document.activeElement).toBe(search()));

    await userEvent.keyboard('gloria mac');
    const knownOption = await screen.findByRole('option', { name: /Gloria Macaraeg/ });
    expect(knownOption.textContent).toContain(en.checkIn.notRegistered);
    await waitFor(() => expect(knownOption.getAttribute('aria-selected')).toBe('true'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(present()).toBe('2'));
    expect(registered()).toBe('8');
  });

  it('leaves Enter on the first match when the list is drawn under a resting pointer', async () => {
    await openCheckIn();
    // A moving pointer picks an option: here the walk-in line, under the known person.
    await userEvent.keyboard('gloria mac');
    const walkIn = await screen.findByRole('option', { name: /Walk-in: register and check in/ });
    await userEvent.hover(walkIn);
    await waitFor(() => expect(walkIn.getAttribute('aria-selected')).toBe('true'));
    // The list goes and comes back under the pointer, which has not moved: the browser tells the
    // new lines the pointer entered them, and the first match must stay the one Enter acts on.
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryAllByRole('option')).toHaveLength(0));
    await userEvent.keyboard('gloria mac');
    const known = await screen.findByRole('option', { name: /Gloria Macaraeg/ });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    // What the browser does on its own after a redraw, over a short while.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(known.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(present()).toBe('1'));
    expect(registered()).toBe('7');
    expect(screen.queryByTestId('walk-in-panel')).toBeNull();
  });

  it('undoes a mistaken check-in from the last five, by keyboard', async () => {
    await openCheckIn();
    await userEvent.keyboard('maria{Enter}');
    await waitFor(() => expect(present()).toBe('1'));
    await userEvent.keyboard('jose{Enter}');
    await waitFor(() => expect(present()).toBe('2'));
    const undo = recent().getByRole('button', { name: `Undo the check-in of Maria Santos` });
    undo.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(present()).toBe('1'));
    expect(recent().queryByText('Maria Santos')).toBeNull();
    expect(recent().getByText('Jose Santos')).toBeTruthy();
    await announced('Check-in of Maria Santos undone');
    await waitFor(() => expect(document.activeElement).toBe(search()));
    // Typing goes to the search field whatever has the focus.
    undo.ownerDocument.body.focus();
    await userEvent.keyboard('ros');
    expect((search() as HTMLInputElement).value).toBe('ros');
  });

  it('lets a waitlisted person in at the door, and undoing it puts them back in line', async () => {
    const desk = await openCheckIn(6, 4);
    expect([present(), registered(), waitlisted(), over()]).toEqual(['0', '4', '2', false]);
    // Juan Santos registered sixth: second in line.
    await userEvent.keyboard('juan sa');
    const option = await screen.findByRole('option', { name: /Juan Santos/ });
    expect(option.textContent).toContain(en.status.waitlisted);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect([present(), registered(), waitlisted()]).toEqual(['1', '5', '1']));
    expect(over()).toBe(true);

    const undo = recent().getByRole('button', { name: 'Undo the check-in of Juan Santos' });
    undo.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect([present(), registered(), waitlisted()]).toEqual(['0', '4', '2']));
    expect(over()).toBe(false);
    await announced('Check-in of Juan Santos undone');

    // Back at the session page: the waitlist in its order, Juan second.
    const db = createDatabase(desk.databaseName);
    await openDatabase(db);
    const seats = await db.attendance.where('seminarId').equals(desk.seminar.id).toArray();
    const juan = seats.find((a) => desk.people.get(a.personId)!.givenName === 'Juan')!;
    expect(juan.status).toBe('waitlisted');
    expect(waitlistPosition(seats, juan.id)).toBe(2);
    db.close();
  });

  it('finds "Jun-jun Peñaflor" typed "junjun pen", and tells two people of the same name apart', async () => {
    const rosalinda = { givenName: 'Rosalinda', familyName: 'Cruz', sex: 'female' as const };
    await openCheckIn(4, undefined, [
      { ...rosalinda, middleName: 'S.', birthDate: '1988-04-12', barangay: 'Bitano' },
      { ...rosalinda, birthDate: '1996-11-30', barangay: 'Rawis' },
      { givenName: 'Jun-jun', familyName: 'Peñaflor', sex: 'male' },
    ]);
    await userEvent.keyboard('rosalinda cruz');
    await waitFor(() => expect(screen.getAllByTestId('tell-apart')).toHaveLength(2));
    const details = screen.getAllByTestId('tell-apart').map((d) => d.textContent);
    expect(details.sort()).toEqual(['born Apr 12, 1988 · Bitano', 'born Nov 30, 1996 · Rawis']);
    // A name nobody else has shows no more than the name and the code.
    await userEvent.clear(search());
    await userEvent.keyboard('junjun pen');
    const option = await screen.findByRole('option', { name: /Jun-jun Peñaflor/ });
    expect(option.getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByTestId('tell-apart')).toBeNull();
    await userEvent.keyboard('{Enter}');
    await announced('Jun-jun Peñaflor checked in');
  });
});
