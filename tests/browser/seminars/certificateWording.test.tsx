// A certificate speaks of the person as their language does: in Arabic a woman "قد حضرت"
// (a man "قد حضر"), in Spanish she is "la señora". Unknown sex keeps the plain wording.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../domain/records';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { checkIn } from '../../../renderer/features/seminars/checkInRepository';
import { renderApp } from '../renderApp';
import { deskWithSession } from './sessionFixture';

/** The text of each certificate of a session in that language, by attendee name. */
async function certificatesIn(language: Language) {
  // Registrant 0 is Maria Santos (female), 1 is Jose Santos (male).
  const desk = await deskWithSession({
    registrations: 2,
    language,
    startsAt: new Date().toISOString(),
  });
  const db = createDatabase(desk.databaseName);
  await openDatabase(db);
  for (const attendance of desk.attendance)
    await checkIn({ db, actor: 'staff-test' }, attendance.id);
  db.close();
  const view = await renderApp({
    databaseName: desk.databaseName,
    path: `/print/seminar/${desk.seminar.id}/certificates`,
  });
  const sheets = await screen.findAllByTestId('certificate', {}, { timeout: 10_000 });
  const byName = new Map(
    sheets.map((sheet) => [
      sheet.querySelector('[data-testid="certificate-name"]')!.textContent,
      sheet.textContent.replace(/\s+/g, ' '),
    ]),
  );
  view.unmount();
  return byName;
}

describe('certificates in a gendered language', () => {
  it('say of a woman, in Arabic, that she attended (قد حضرت)', async () => {
    const texts = await certificatesIn('ar');
    expect(texts.get('Maria Santos')).toContain('نشهد بأنّ السيدة');
    expect(texts.get('Maria Santos')).toContain('قد حضرت');
    expect(texts.get('Jose Santos')).toContain('قد حضر');
    expect(texts.get('Jose Santos')).not.toContain('قد حضرت');
  });

  it('call a woman "la señora" in Spanish', async () => {
    const texts = await certificatesIn('es');
    expect(texts.get('Maria Santos')).toContain('Se certifica que la señora');
    expect(texts.get('Jose Santos')).toContain('Se certifica que el señor');
  });
});
