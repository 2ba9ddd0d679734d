// The printed case summary in Arabic, as a family in Terrassa or an officer in Legazpi reads it:
// the categories joined with the Arabic "و" (not an English comma list), and the phone number
// written left to right, "+63 917 …" and not "… 917 +63".
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ar from '../../../locales/ar/cases.json';
import presets from '../../../locales/ar/presets.json';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

const PHONE = '+63 917 123 4567';

async function deskWithCase() {
  const { databaseName, staffId } = await setUpDesk();
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const ctx = { db, actor: staffId };
  const client = await createPerson(ctx, {
    givenName: 'Maria',
    familyName: 'Dela Cruz',
    phone: PHONE,
  });
  const saved = await createCase(
    ctx,
    { presetId: 'ofw-ph', referencePrefix: 'LGZ' },
    {
      clientId: client.id,
      clientRole: 'ofwLandBased',
      ofwDetails: { destinationCountry: 'SA' },
      channel: 'phone',
      categories: ['contractViolation', 'legalAssistance'],
      urgency: 'normal',
      description: `تردّ أختها على الرقم ${PHONE} بعد السادسة.`,
      consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
    },
  );
  db.close();
  return { databaseName, saved };
}

/** Where a piece of a text node is drawn on the screen (its left edge). */
function leftOf(node: Text, part: string) {
  const range = document.createRange();
  const start = node.data.indexOf(part);
  range.setStart(node, start);
  range.setEnd(node, start + part.length);
  return range.getBoundingClientRect().left;
}

function textNodeWith(root: Element, text: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.includes(text)) return node as Text;
  }
  throw new Error(`no text node with ${text}`);
}

describe('the case summary printed in Arabic', () => {
  it('joins the categories with و and keeps phone numbers left to right', async () => {
    const { databaseName, saved } = await deskWithCase();
    await renderApp({ databaseName, language: 'ar', path: `/print/case/${saved.id}` });
    const sheet = await screen.findByTestId('case-summary', {}, { timeout: 10_000 });

    const categories = within(sheet).getByText(ar.page.categories, { selector: 'th' });
    const cell = categories.nextElementSibling!;
    const names = [
      presets['ofw-ph'].categories.contractViolation,
      presets['ofw-ph'].categories.legalAssistance,
    ];
    expect(cell.textContent).toBe(`${names[0]} و${names[1]}`);

    // In the phone row and inside the description, "+63" is drawn to the left of "4567".
    const phoneRow = within(sheet).getByText(ar.summary.phone, { selector: 'th' });
    const inRow = textNodeWith(phoneRow.nextElementSibling!, '4567');
    expect(leftOf(inRow, '+63')).toBeLessThan(leftOf(inRow, '4567'));
    const description = within(sheet).getByText(/تردّ أختها/);
    const inText = textNodeWith(description, '4567');
    expect(leftOf(inText, '+63')).toBeLessThan(leftOf(inText, '4567'));
  });
});
