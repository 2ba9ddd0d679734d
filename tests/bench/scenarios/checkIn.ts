// The door of a seminar with 200 registrations, on the desk's data set: the Enter that checks a
// registration code in, until the present count shows the new number (the check-in written to
// IndexedDB, the live query re-run, the screen re-rendered and painted); and a typed name until
// its matches are painted: among the registrations, and (a walk-in) among all the desk's people.
// The keys are dispatched to the search field as DOM events, the way a keyboard delivers them
// to React.
import { createPerson } from '../../../renderer/features/people';
import { importRegistrations } from '../../../renderer/features/seminars/importRepository';
import { createSeminar } from '../../../renderer/features/seminars/seminarRepository';
import { registrant } from '../../browser/seminars/sessionFixture';
import { openEncryptedDataset } from '../dataset';
import { ms } from '../metric';
import { renderApp, until } from '../renderApp';
import { afterPaint, percentile } from '../stats';
import type { Scenario } from '../types';

const REGISTRATIONS = 200;
const CHECK_INS = 40;

const search = () => document.querySelector<HTMLInputElement>('[data-testid="check-in-search"]')!;
const present = () => document.querySelector('[data-testid="count-present"]')?.textContent ?? '';
const option = (kind = '') =>
  document.querySelector(`#checkin-options [role="option"]${kind && `[data-kind="${kind}"]`}`);

function type(text: string) {
  const input = search();
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setValue.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function press(key: string) {
  search().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

async function timed(act: () => void, done: () => unknown): Promise<number> {
  const start = performance.now();
  act();
  await until(done, 10_000);
  await afterPaint();
  return performance.now() - start;
}

async function sessionWithRegistrations(size: number) {
  const { db, ctx, name } = await openEncryptedDataset(size);
  const seminar = await createSeminar(ctx, {
    type: 'pdos',
    title: 'PDOS for household workers (benchmark)',
    startsAt: new Date(Date.now() + 3600_000).toISOString(),
    venue: 'Legazpi City Hall, Session Hall',
    facilitators: ['Liza Bautista'],
    language: 'en',
    capacity: REGISTRATIONS,
  });
  const list = Array.from({ length: REGISTRATIONS }, (_, i) => ({
    line: i + 2,
    registrant: registrant(i),
  }));
  await importRegistrations(ctx, seminar.id, list, 'consent');
  const attendance = await db.attendance.where('seminarId').equals(seminar.id).toArray();
  const people = await db.people.bulkGet(attendance.map((a) => a.personId));
  await createPerson(ctx, { givenName: 'Gloria', familyName: 'Macaraeg' });
  db.close();
  return { name, seminarId: seminar.id, attendance, people };
}

export const checkIn: Scenario = {
  id: 'check-in',
  title: 'Seminar check-in, 200 registrations',
  scalesWithCases: true,
  async run(size) {
    const session = await sessionWithRegistrations(size);
    const root = await renderApp(session.name);
    // The door is a full-screen page, without the desk's header.
    window.location.hash = `#/seminars/${session.seminarId}/check-in`;
    await until(search, 30_000);

    const enter: number[] = [];
    for (const [i, attendance] of session.attendance.slice(0, CHECK_INS).entries()) {
      type(attendance.registrationCode);
      await until(() => option('attendee'), 10_000);
      enter.push(
        await timed(
          () => press('Enter'),
          () => present() === String(i + 1),
        ),
      );
    }
    const clear = async () => {
      type('');
      await until(() => !option(), 10_000);
    };
    // A registered name, found among the session's registrations.
    const names: number[] = [];
    for (const person of session.people.slice(CHECK_INS, CHECK_INS + 20)) {
      await clear();
      const name = `${person!.givenName} ${person!.familyName.slice(0, 4)}`;
      names.push(
        await timed(
          () => type(name),
          () => option('attendee'),
        ),
      );
    }
    // A walk-in the desk knows: found among all the desk's people.
    const known: number[] = [];
    for (let i = 0; i < 20; i++) {
      await clear();
      known.push(
        await timed(
          () => type('Gloria Macar'),
          () => option('known'),
        ),
      );
    }
    root.unmount();
    return {
      metrics: {
        'Enter → count p50': ms(percentile(enter, 50)),
        'Enter → count p95': ms(percentile(enter, 95)),
        'name → matches p50': ms(percentile(names, 50)),
        'name → matches p95': ms(percentile(names, 95)),
        'known walk-in → match p50': ms(percentile(known, 50)),
        'known walk-in → match p95': ms(percentile(known, 95)),
      },
    };
  },
};
