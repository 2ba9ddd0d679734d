// "Needs review" says a conflict's values the way the case screens do: two desks change a case's
// status and its categories offline, and desk B sees the preset's words (in English, then in
// Arabic) for both values, never the stored ids.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import arPresets from '../../../locales/ar/presets.json';
import enPresets from '../../../locales/en/presets.json';
import arSync from '../../../locales/ar/sync.json';
import sync from '../../../locales/en/sync.json';
import { updateRecord } from '../../../renderer/db';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import { runSync } from '../../../renderer/sync/runSync';
import { renderApp } from '../renderApp';
import { connectDesk, syncDesk } from './syncDesks';

const SLOW = { timeout: 15_000 };
const IDS = ['inProgress', 'referred', 'contractViolation', 'repatriation', 'welfareCheck'];

/** The conflict item about `field`, by its translated label. */
async function itemAbout(fieldLabel: string, fieldSentence: string) {
  const items = await screen.findAllByTestId('conflict', {}, SLOW);
  const item = items.find((i) =>
    i.textContent?.includes(fieldSentence.replace('{{field}}', fieldLabel)),
  );
  expect(item, `no conflict about ${fieldLabel}`).toBeDefined();
  return item!.textContent ?? '';
}

describe('Needs review', () => {
  it('shows a case status and categories in conflict as their labels, in English and Arabic', async () => {
    const tenant = await commands.catalogueTenant(['Desk A', 'Desk B']);
    const a = await syncDesk('conflictLabels', 'A', 'LGA');
    const clientA = await connectDesk(a.ctx, tenant.desks[0]!.token);
    const person = await createPerson(a.ctx, { givenName: 'Teodora', familyName: 'Bautista' });
    const kase = await createCase(
      a.ctx,
      { presetId: 'ofw-ph', referencePrefix: 'LGA' },
      {
        clientId: person.id,
        clientRole: 'ofwLandBased',
        ofwDetails: { destinationCountry: 'SA' },
        channel: 'walkIn',
        categories: ['contractViolation'],
        urgency: 'normal',
        description: 'Salary unpaid.',
        consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
      },
    );
    await runSync(a.db, clientA);
    const b = await syncDesk('conflictLabels', 'B', 'LGB');
    const clientB = await connectDesk(b.ctx, tenant.desks[1]!.token);
    await runSync(b.db, clientB);

    // Both desks change the same case offline; A sends first, B's sync finds two conflicts.
    await updateRecord(a.ctx, 'cases', kase.id, {
      status: 'inProgress',
      categories: ['contractViolation', 'repatriation'],
    });
    await runSync(a.db, clientA);
    await updateRecord(b.ctx, 'cases', kase.id, {
      status: 'referred',
      categories: ['welfareCheck'],
    });
    await runSync(b.db, clientB);
    expect(await b.db.conflicts.where('state').equals('open').count()).toBe(2);

    const view = await renderApp({ databaseName: b.databaseName, path: '/settings' });
    const en = enPresets['ofw-ph'];
    const status = await itemAbout(sync.fields.status, sync.review.field);
    expect(status).toContain(en.statuses.inProgress);
    expect(status).toContain(en.statuses.referred);
    const categories = await itemAbout(sync.fields.categories, sync.review.field);
    expect(categories).toContain(en.categories.contractViolation);
    expect(categories).toContain(en.categories.repatriation);
    expect(categories).toContain(en.categories.welfareCheck);
    for (const text of [status, categories]) {
      for (const id of IDS) expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
    }
    // The button says the value too, as the officer reads it.
    expect(
      screen.getByRole('button', {
        name: sync.review.keepNamed
          .replace('{{field}}', sync.fields.status)
          .replace('{{value}}', en.statuses.referred),
      }),
    ).toBeTruthy();

    await view.i18n.changeLanguage('ar');
    const ar = arPresets['ofw-ph'];
    await waitFor(async () => {
      expect(await itemAbout(arSync.fields.status, arSync.review.field)).toContain(
        ar.statuses.referred,
      );
    }, SLOW);
    const arStatus = await itemAbout(arSync.fields.status, arSync.review.field);
    expect(arStatus).toContain(ar.statuses.inProgress);
    const arCategories = await itemAbout(arSync.fields.categories, arSync.review.field);
    for (const id of ['contractViolation', 'repatriation', 'welfareCheck'] as const) {
      expect(arCategories).toContain(ar.categories[id]);
    }
    for (const text of [arStatus, arCategories]) {
      for (const id of IDS) expect(text).not.toContain(id);
    }
    a.db.close();
    b.db.close();
  }, 90_000);
});
