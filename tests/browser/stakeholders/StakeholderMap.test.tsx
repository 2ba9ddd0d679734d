import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { TulayDatabase } from '../../../renderer/db';
import { BUCKETS, EMPTY_FILL } from '../../../renderer/features/stakeholders/map/mapScale';
import { diaspora, openTestDatabase, renderStakeholders, seed } from './stakeholdersHarness';

let db: TulayDatabase | undefined;
afterEach(() => db?.close());

async function mapOfSixOrganisations() {
  const opened = await openTestDatabase('stakeholder-map');
  db = opened.db;
  await seed(opened.ctx, [
    diaspora('Samahang Pilipino sa Riyadh', 'SA'),
    diaspora('Filipino Nurses of Jeddah', 'SA'),
    diaspora('Filipino Workers Guild Dubai', 'AE'),
    diaspora('Comunità Filippina di Milano', 'IT'),
    diaspora('Bayanihan Singapore', 'SG'),
    diaspora('Online OFW Forum'),
  ]);
  await renderStakeholders(db, '/stakeholders?view=map');
  return screen.findByTestId('stakeholder-map', {}, { timeout: 10_000 });
}

const country = (map: HTMLElement, code: string) =>
  map.querySelector<SVGElement>(`[data-country="${code}"]`);

describe('the stakeholder map', () => {
  it('fills the countries that have stakeholders by their count, and only those', async () => {
    const map = await mapOfSixOrganisations();
    expect(country(map, 'SA')?.getAttribute('fill')).toBe(BUCKETS[1]!.fill);
    expect(country(map, 'SA')?.getAttribute('data-count')).toBe('2');
    expect(country(map, 'IT')?.getAttribute('fill')).toBe(BUCKETS[0]!.fill);
    expect(map.querySelector('[data-count-label="SA"]')?.textContent).toBe('2');
    // Singapore is too small for the world shapes: it is a point.
    expect(country(map, 'SG')?.tagName).toBe('circle');
    expect(country(map, 'PH')).toBeNull();
    expect(map.querySelectorAll(`path[fill="${EMPTY_FILL}"]`).length).toBeGreaterThan(150);
    expect(
      within(map)
        .getAllByRole('button')
        .map((b) => b.getAttribute('data-country')),
    ).toEqual(['IT', 'SA', 'SG', 'AE']);
    expect(screen.getByText('Without a country, not on the map: 1')).toBeTruthy();
  });

  it('lists the stakeholders of a clicked country, and the directory follows', async () => {
    const map = await mapOfSixOrganisations();
    await userEvent.click(country(map, 'SA')!);

    await screen.findByRole('heading', { name: 'In Saudi Arabia' });
    const panel = screen.getByTestId('country-panel');
    expect(
      within(panel)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Filipino Nurses of Jeddah', 'Samahang Pilipino sa Riyadh']);
    expect(country(map, 'SA')?.getAttribute('aria-pressed')).toBe('true');

    await userEvent.click(screen.getByRole('tab', { name: 'Directory' }));
    const table = await screen.findByTestId('stakeholder-directory');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveProperty(
      'value',
      'Saudi Arabia',
    );
  });

  it('chooses a country with the keyboard: Tab to it, Enter', async () => {
    const map = await mapOfSixOrganisations();
    country(map, 'IT')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.getAttribute('data-country')).toBe('SA');
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('country-panel').textContent).toContain('Samahang Pilipino'),
    );
  });
});
