import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import esCommon from '../../../locales/es/common.json';
import es from '../../../locales/es/stakeholders.json';
import type { TulayDatabase } from '../../../renderer/db';
import { diaspora, openTestDatabase, renderStakeholders, seed } from './stakeholdersHarness';

let db: TulayDatabase | undefined;
afterEach(() => db?.close());

const field = (name: string) => screen.getByRole('textbox', { name });

async function choose(label: string, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${label}`) }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('the organisation form', () => {
  it('says what is wrong next to each field in Spanish, keeps the typing, then saves', async () => {
    ({ db } = await openTestDatabase('stakeholder-form'));
    await renderStakeholders(db, '/stakeholders/new', 'es');
    await screen.findByRole('heading', { name: es.form.newTitle });
    await userEvent.type(screen.getByRole('textbox', { name: es.form.latitude }), '41.56');
    await userEvent.click(screen.getByRole('button', { name: es.contacts.add }));
    await userEvent.type(field(es.contacts.email), 'rosa.example.org');
    await userEvent.fill(field(es.contacts.phone), '93-LLAMA-YA');
    await userEvent.click(screen.getByRole('button', { name: es.form.save }));

    const form = screen.getByRole('button', { name: es.form.save }).closest('form')!;
    await waitFor(() =>
      expect(within(form).getAllByText(esCommon.errors.required)).toHaveLength(3),
    );
    expect(within(form).getByText(es.errors.coordinatesPair)).toBeTruthy();
    expect(within(form).getByText(esCommon.errors.email)).toBeTruthy();
    expect(within(form).getByText(esCommon.errors.phone)).toBeTruthy();
    expect(field(es.contacts.email)).toHaveProperty('value', 'rosa.example.org');

    await userEvent.type(field(es.form.name), 'Associació Filipina de Terrassa');
    await choose(es.form.type, es.types.diaspora);
    await userEvent.type(screen.getByRole('textbox', { name: es.form.longitude }), '2.01');
    await userEvent.type(field(es.contacts.name), 'Rosa Dimaculangan');
    await userEvent.clear(field(es.contacts.email));
    await userEvent.type(field(es.contacts.email), 'rosa@example.org');
    await userEvent.fill(field(es.contacts.phone), '+34 (93) 555-01-42');
    await userEvent.click(screen.getByRole('button', { name: es.form.save }));

    await screen.findByRole('heading', { level: 1, name: 'Associació Filipina de Terrassa' });
    expect(screen.getByTestId('saved-notice')).toBeTruthy();
    const [stored] = await db.stakeholders.toArray();
    expect(stored).toMatchObject({
      type: 'diaspora',
      latitude: 41.56,
      longitude: 2.01,
      contacts: [
        { name: 'Rosa Dimaculangan', email: 'rosa@example.org', phone: '+34 (93) 555-01-42' },
      ],
    });
    // Fields left blank are not stored as empty text.
    expect(stored!.city).toBeUndefined();
    expect(stored!.contacts[0]!.role).toBeUndefined();
  });
});

describe("a stakeholder's page", () => {
  async function pageOf(name: string) {
    const opened = await openTestDatabase('stakeholder-page');
    db = opened.db;
    const [riyadh, dubai] = await seed(opened.ctx, [
      diaspora('Samahang Pilipino sa Riyadh', 'SA'),
      diaspora('Filipino Workers Guild Dubai', 'AE'),
    ]);
    await renderStakeholders(db, `/stakeholders/${name === 'riyadh' ? riyadh!.id : dubai!.id}`);
    await screen.findByRole('heading', { level: 1 });
  }

  it('links it to another stakeholder once, and explains a second identical link', async () => {
    await pageOf('riyadh');
    const addLink = async () => {
      await choose('Kind of link', 'Partner of');
      await choose('Other stakeholder', 'Filipino Workers Guild Dubai');
      await userEvent.click(screen.getByRole('button', { name: 'Add link' }));
    };
    await addLink();
    const links = screen.getByTestId('stakeholder-links');
    await waitFor(() =>
      expect(links.textContent).toContain('Partner of Filipino Workers Guild Dubai'),
    );
    expect(screen.getByTestId('saved-notice')).toBeTruthy();
    // The composer is empty again for the next link.
    expect(screen.getByRole('combobox', { name: /^Kind of link/ })).toHaveProperty('value', '');

    await addLink();
    expect(await screen.findByText('These two are already linked this way.')).toBeTruthy();
    expect(await db!.stakeholderLinks.count()).toBe(1);
  });

  it('records a dated observation of the needs the organisation reports', async () => {
    await pageOf('dubai');
    const date = screen.getByLabelText(/^Date/);
    await userEvent.fill(date, '2026-02-14');
    await userEvent.type(
      screen.getByRole('textbox', { name: /^Needs reported/ }),
      'Domestic workers without rest days ask for legal advice',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add observation' }));
    const list = await screen.findByTestId('observations');
    expect(list.textContent).toContain('Domestic workers without rest days ask for legal advice');
    expect(list.textContent).toContain('Feb 14, 2026');
    const [stored] = await db!.stakeholders.filter((s) => s.observations.length > 0).toArray();
    expect(stored!.observations).toEqual([
      { date: '2026-02-14', text: 'Domestic workers without rest days ask for legal advice' },
    ]);
  });
});
