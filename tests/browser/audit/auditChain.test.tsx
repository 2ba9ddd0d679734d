// The audit trail's check as a supervisor meets it: intact in Settings after ordinary work, and
// when an entry was removed outside Tulay, a banner at start and the place of the break.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import audit from '../../../locales/en/audit.json';
import { createDatabase, openDatabase, recordAccess } from '../../../renderer/db';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

async function deskWithTrail() {
  const { databaseName, staffId } = await setUpDesk();
  const db = createDatabase(databaseName);
  await openDatabase(db);
  for (const id of ['p-1', 'p-2', 'p-3']) {
    await recordAccess({ db, actor: staffId }, 'view', 'people', id);
  }
  return { databaseName, db };
}

describe('the audit trail check', () => {
  it('finds the trail intact after ordinary work', async () => {
    const { databaseName, db } = await deskWithTrail();
    db.close();
    await renderApp({ databaseName, path: '/settings' });
    await userEvent.click(await screen.findByRole('button', { name: audit.chain.check }));
    const ok = await screen.findByTestId('audit-chain-ok');
    expect(ok.textContent).toMatch(/Intact: entries checked: \d+/);
    expect(screen.queryByTestId('audit-chain-warning')).toBeNull();
  });

  it('warns at start when an entry was removed, and Settings says which', async () => {
    const { databaseName, db } = await deskWithTrail();
    const views = (await db.audit.toArray()).filter((e) => e.action === 'view');
    const removed = views.sort((a, b) => a.seq! - b.seq!)[1]!;
    await db.audit.delete(removed.id);
    db.close();

    await renderApp({ databaseName, path: '/settings' });
    const warning = await screen.findByTestId('audit-chain-warning');
    expect(warning.textContent).toContain(audit.chain.warning);

    await userEvent.click(screen.getByRole('button', { name: audit.chain.check }));
    const broken = await screen.findByTestId('audit-chain-broken');
    expect(broken.textContent).toContain('Problems found: 1');
    const breaks = within(broken).getAllByRole('listitem');
    expect(breaks.map((b) => b.textContent)).toEqual([
      expect.stringMatching(new RegExp(`^Entry no\\. ${removed.seq} is missing`)),
    ]);
  });
});
