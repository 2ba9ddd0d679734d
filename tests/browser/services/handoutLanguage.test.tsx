// The handout prints in the language asked for, or says it is not written in it: never the
// English (or any other) text in its place.
import { screen, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { goTo, OEC, openSetUpDesk } from './servicesDesk';

const DATABASE = 'tulay-browser-services-handout';

async function openOecPage() {
  goTo('/services');
  await userEvent.click(await screen.findByRole('link', { name: OEC }, { timeout: 5000 }));
  await screen.findByRole('heading', { level: 1, name: OEC });
}

async function chooseHandoutLanguage(option: RegExp) {
  await userEvent.click(screen.getByRole('combobox', { name: 'Language of the handout' }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('handout language', () => {
  it('marks the languages without a handout and will not print them', async () => {
    await openSetUpDesk(DATABASE);
    await openOecPage();
    await chooseHandoutLanguage(/^Español — not written yet$/);
    expect(screen.getByRole('button', { name: 'Print handout' })).toHaveProperty('disabled', true);
    expect(screen.getByText(/This handout is not written in Español yet/)).toBeTruthy();

    await chooseHandoutLanguage(/^Filipino — written$/);
    await userEvent.click(screen.getByRole('link', { name: 'Print handout' }));
    const sheet = await screen.findByTestId('handout-sheet');
    expect(sheet.getAttribute('lang')).toBe('fil');
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe(
      'Pagkuha ng OEC (Overseas Employment Certificate)',
    );
    expect(within(sheet).getByRole('heading', { name: 'Mga dadalhin' })).toBeTruthy();
    expect(sheet.textContent).toContain('Municipal OFW Help Desk');
    expect(sheet.textContent).not.toContain('What to bring');
  });

  it('says in Spanish that the handout is not written in Spanish, with no English text', async () => {
    await openSetUpDesk(DATABASE);
    await openOecPage();
    const id = window.location.hash.split('/').pop()!;
    goTo(`/print/service/${id}?lang=es`);
    const sheet = await screen.findByTestId('handout-not-available');
    expect(sheet.getAttribute('lang')).toBe('es');
    expect(within(sheet).getByRole('heading').textContent).toBe('No disponible en este idioma');
    expect(sheet.textContent).toContain('Disponible en: English, Filipino y العربية');
    expect(sheet.textContent).not.toContain('Getting your OEC');
    expect(screen.queryByTestId('handout-sheet')).toBeNull();
    await userEvent.click(screen.getByRole('link', { name: 'Filipino' }));
    expect((await screen.findByTestId('handout-sheet')).getAttribute('lang')).toBe('fil');
  });

  it('prints Arabic right-to-left with its own labels, numbers kept left-to-right', async () => {
    await openSetUpDesk(DATABASE);
    await openOecPage();
    await chooseHandoutLanguage(/^العربية — written$/);
    await userEvent.click(screen.getByRole('link', { name: 'Print handout' }));
    const sheet = await screen.findByTestId('handout-sheet');
    expect(sheet.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(sheet).direction).toBe('rtl');
    expect(within(sheet).getByRole('heading', { name: 'ما يجب إحضاره' })).toBeTruthy();
    const isolated = [...sheet.querySelectorAll('bdi[dir="ltr"]')];
    expect(isolated.map((el) => el.textContent)).toContain('onlineservices.dmw.gov.ph');
    expect(isolated.map((el) => getComputedStyle(el).direction)).not.toContain('rtl');
    // The interface stays English: only the sheet speaks Arabic.
    expect(document.documentElement.lang).toBe('en');
  });
});
