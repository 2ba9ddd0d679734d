// Settings → Sync against a real catalogue: "Test connection" says in plain words whether the
// desk is known, its token wrong or revoked, or the catalogue not reachable at all.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import sync from '../../../locales/en/sync.json';
import { renderApp } from '../renderApp';
import { catalogueUrl, syncDesk } from './syncDesks';

const SLOW = { timeout: 10_000 };

async function testConnection(address: string, token: string) {
  const desk = await syncDesk('testConnection', 'A', 'LGZ');
  desk.db.close();
  await renderApp({ databaseName: desk.databaseName, path: '/settings' });
  const addressBox = await screen.findByLabelText(sync.address, {}, SLOW);
  await userEvent.type(addressBox, address);
  await userEvent.type(screen.getByLabelText(sync.token), token);
  await userEvent.click(screen.getByRole('button', { name: sync.test }));
  return (await screen.findByTestId('sync-test-result', {}, SLOW)).textContent;
}

describe('Settings → Sync: test connection', () => {
  it('names the desk and the municipality when the token is good', async () => {
    const tenant = await commands.catalogueTenant(['Albay desk']);
    const said = await testConnection(catalogueUrl(), tenant.desks[0]!.token);
    expect(said).toBe(
      sync.connected.replace('{{desk}}', 'Albay desk').replace('{{tenant}}', tenant.name),
    );
  });

  it('says the token is not known when it is wrong', async () => {
    const tenant = await commands.catalogueTenant(['Albay desk']);
    const token = tenant.desks[0]!.token;
    const wrong = `${token.slice(0, -6)}${token.endsWith('000000') ? '111111' : '000000'}`;
    expect(await testConnection(catalogueUrl(), wrong)).toBe(sync.problems.badToken);
  });

  it('says the token was revoked', async () => {
    const tenant = await commands.catalogueTenant(['Albay desk']);
    await commands.catalogueRevoke(tenant.desks[0]!.deskId);
    expect(await testConnection(catalogueUrl(), tenant.desks[0]!.token)).toBe(
      sync.problems.revoked,
    );
  });

  it('says the catalogue cannot be reached at an address where nothing answers', async () => {
    const tenant = await commands.catalogueTenant(['Albay desk']);
    // Port 9 (discard) on loopback: nothing listens there.
    expect(await testConnection('http://127.0.0.1:9', tenant.desks[0]!.token)).toBe(
      sync.problems.unreachable,
    );
  });
});
