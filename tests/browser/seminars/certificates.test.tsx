// Certificates say someone attended: before the session's day the session page does not offer
// them, and the print page issues none and says from which day they can be printed.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { checkIn } from '../../../renderer/features/seminars/checkInRepository';
import { renderApp } from '../renderApp';
import { deskWithSession } from './sessionFixture';

describe('certificates before the session', () => {
  it('are refused before the day of the session, saying from when', async () => {
    const startsAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const desk = await deskWithSession({ registrations: 2, startsAt });
    // Someone checked in by mistake days before: still no certificate.
    const db = createDatabase(desk.databaseName);
    await openDatabase(db);
    await checkIn({ db, actor: 'staff-test' }, desk.attendance[0]!.id);
    db.close();

    const view = await renderApp({
      databaseName: desk.databaseName,
      path: `/seminars/${desk.seminar.id}`,
    });
    const button = await screen.findByRole(
      'button',
      { name: 'Print certificates' },
      { timeout: 5000 },
    );
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(button.getAttribute('title')).toMatch(
      /^Certificates can be printed from the day of the session, /,
    );
    view.unmount();

    await renderApp({
      databaseName: desk.databaseName,
      path: `/print/seminar/${desk.seminar.id}/certificates`,
    });
    const refusal = await screen.findByTestId('certificates-not-yet', {}, { timeout: 5000 });
    expect(refusal.textContent).toContain('Nothing was issued');
    expect(screen.queryByTestId('certificate')).toBeNull();
    const check = createDatabase(desk.databaseName);
    await openDatabase(check);
    expect(await check.attendance.filter((a) => !!a.certificateNumber).count()).toBe(0);
    check.close();
  });
});
