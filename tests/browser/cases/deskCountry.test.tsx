// The desk's country, not its language alone, decides the law named on consent texts and
// printed pages, and how Spanish writes dates, times and numbers (es-ES, es-AR, es-PE).
import { cleanup, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { addNote } from '../../../renderer/features/cases/caseEventRepository';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import type { DeskProfile } from '../../../domain/records';
import { LEGAZPI_DESK, setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

const OPENED = new Date('2026-03-02T15:30:00Z');

async function deskWithOneCase(profile: DeskProfile) {
  const { databaseName, staffId } = await setUpDesk(profile);
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const ctx = { db, actor: staffId, now: () => OPENED };
  const client = await createPerson(ctx, { givenName: 'Lucía', familyName: 'Ramos' });
  const record = await createCase(
    ctx,
    { presetId: profile.presetId, referencePrefix: profile.referencePrefix },
    {
      clientId: client.id,
      clientRole: 'ofwLandBased',
      ofwDetails: {},
      channel: 'walkIn',
      categories: ['welfareCheck'],
      urgency: 'normal',
      description: 'Pide ayuda.',
      consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
    },
  );
  await addNote(ctx, record.id, 'Llamó por teléfono.');
  db.close();
  return { databaseName, record };
}

const spanishDesk = (country: string): DeskProfile => ({
  ...LEGAZPI_DESK,
  municipality: 'Ciudad',
  country,
  language: 'es',
});

async function printedSummary(profile: DeskProfile) {
  cleanup(); // one desk on screen at a time
  const { databaseName, record } = await deskWithOneCase(profile);
  await renderApp({ databaseName, language: profile.language, path: `/print/case/${record.id}` });
  const sheet = await screen.findByTestId('case-summary', {}, { timeout: 5000 });
  return {
    text: sheet.textContent ?? '',
    footer: sheet.querySelector('footer')?.textContent ?? '',
  };
}

describe('the desk country', () => {
  it('names the Philippine Data Privacy Act on a Philippine desk', async () => {
    const { footer } = await printedSummary(LEGAZPI_DESK);
    expect(footer).toContain('RA 10173');
  });

  it('names the GDPR and the LOPDGDD on a Spanish desk, not the Philippine law', async () => {
    const { footer } = await printedSummary(spanishDesk('ES'));
    expect(footer).toContain('Ley Orgánica 3/2018');
    expect(footer).toContain('RGPD');
    expect(footer).not.toContain('10173');
  });

  it('names Ley 25.326 in Argentina and Ley 29733 in Peru', async () => {
    expect((await printedSummary(spanishDesk('AR'))).footer).toContain('Ley 25.326');
    expect((await printedSummary(spanishDesk('PE'))).footer).toContain('Ley 29733');
  });

  it('writes Spanish times the way the desk country does', async () => {
    const style = { dateStyle: 'medium', timeStyle: 'short' } as const;
    const argentine = new Intl.DateTimeFormat('es-AR', style).format(OPENED);
    const spanish = new Intl.DateTimeFormat('es-ES', style).format(OPENED);
    expect(argentine).not.toBe(spanish);
    const inArgentina = await printedSummary(spanishDesk('AR'));
    expect(inArgentina.text).toContain(argentine);
    const inSpain = await printedSummary(spanishDesk('ES'));
    expect(inSpain.text).toContain(spanish);
  });
});
