// Settings → Sync → "Publish our commitment" against the run's real catalogue, with replication
// off: the preview shows exactly the object that is sent, counts under 5 as "<5"; after Publish
// the public catalogue returns the commitment with this desk's indicators; "Stop publishing"
// withdraws both and deletes nothing on the desk. A revoked token says so in plain words.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { localDay } from '../../../domain/localDay';
import { recentQuarters } from '../../../domain/reports/publishedIndicators';
import type { z } from 'zod';
import type { CatalogueEntry, commitmentSearchResultSchema } from '../../../domain/sync';
import publish from '../../../locales/en/publish.json';
import common from '../../../locales/en/common.json';
import sync from '../../../locales/en/sync.json';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import { saveSyncSettings } from '../../../renderer/sync/syncSettings';
import { renderApp } from '../renderApp';
import { catalogueUrl, syncDesk } from './syncDesks';

const SLOW = { timeout: 15_000 };
/** The tests that type a whole commitment and talk to the server, on a shared machine. */
const LONG = 60_000;
type Search = z.infer<typeof commitmentSearchResultSchema>;

afterEach(() => vi.restoreAllMocks());

/** A desk with 5 contract-violation cases and 1 repatriation case opened today. */
async function deskWithCases(token: string) {
  const desk = await syncDesk('publish', 'A', 'ALB');
  // Publishing needs the address and the token only: replication stays off.
  await saveSyncSettings(desk.ctx, { address: catalogueUrl(), token, replicate: false });
  const client = await createPerson(desk.ctx, { givenName: 'Maricel', familyName: 'Ocampo' });
  const categories = [...Array.from({ length: 5 }, () => 'contractViolation'), 'repatriation'];
  for (const category of categories) {
    await createCase(
      desk.ctx,
      { presetId: 'ofw-ph', referencePrefix: 'ALB' },
      {
        clientId: client.id,
        clientRole: 'ofwLandBased',
        ofwDetails: { destinationCountry: 'SA' },
        channel: 'walkIn',
        categories: [category],
        urgency: 'normal',
        description: 'Salary unpaid.',
        consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
      },
    );
  }
  desk.db.close();
  return desk;
}

async function stakeholdersOf(databaseName: string) {
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const count = await db.stakeholders.filter((s) => !s.deletedAt).count();
  db.close();
  return count;
}

const searchCatalogue = async (q: string) =>
  (await (
    await fetch(`${catalogueUrl()}/v1/catalogue/commitments?q=${encodeURIComponent(q)}`)
  ).json()) as Search;

/** This municipality's entries in the catalogue's changes feed: kind and withdrawn or not. */
async function changesOf(tenantId: string) {
  const answer = await fetch(`${catalogueUrl()}/v1/catalogue/changes?since=0&limit=1000`);
  const { entries } = (await answer.json()) as { entries: CatalogueEntry[] };
  return entries
    .filter((e) => e.publisher.tenantId === tenantId)
    .map((e) => [e.kind, e.deleted])
    .sort();
}

/** Types the commitment, picks GCM objective 21 and this quarter, and asks for the preview. */
async function fillAndPreview(title: string, quarter: string) {
  await userEvent.click(await screen.findByLabelText(publish.form.title, { exact: false }, SLOW));
  await userEvent.keyboard(title);
  await userEvent.click(screen.getByLabelText(publish.form.summary));
  await userEvent.keyboard('Seminars for OFWs.');
  const gcm = screen
    .getAllByLabelText(publish.form.gcm)
    .find((element) => element.tagName === 'INPUT')!;
  await userEvent.click(gcm);
  await userEvent.keyboard('21{Enter}{Escape}');
  await userEvent.click(
    screen.getByRole('checkbox', {
      name: publish.quarters.inProgress.replace('{{quarter}}', quarter),
    }),
  );
  await userEvent.click(screen.getByRole('button', { name: publish.preview }));
  return screen.findByTestId('publish-preview', {}, SLOW);
}

describe('Settings → Sync → Publish our commitment', () => {
  it(
    'publishes exactly the preview, which the public catalogue then returns; Stop withdraws it',
    async () => {
      const tenant = await commands.catalogueTenant(['Albay desk']);
      const desk = await deskWithCases(tenant.desks[0]!.token);
      const quarter = recentQuarters(localDay(), 1)[0]!;
      const title = `Albay help desk for OFWs ${Date.now()}`;
      const sent: { method: string; url: string; body: unknown }[] = [];
      const realFetch = window.fetch.bind(window);
      vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
        const url =
          typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (url.includes('/v1/catalogue/') && init?.method && init.method !== 'GET')
          sent.push({
            method: init.method,
            url,
            body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : null,
          });
        return realFetch(input, init);
      });

      await renderApp({ databaseName: desk.databaseName, path: '/settings' });
      expect((await screen.findByTestId('publish-status', {}, SLOW)).textContent).toBe(
        publish.status.never,
      );
      const preview = await fillAndPreview(title, quarter);

      // What is shown: the indicators with "<5" for the small counts, and the data as sent.
      // The app maps the preset's partners at its first start: this quarter counts them all.
      const mapped = await stakeholdersOf(desk.databaseName);
      expect(mapped).toBeGreaterThanOrEqual(5);
      const expectedFigures = {
        inquiriesByCategory: { contractViolation: 5, repatriation: '<5' },
        seminarsHeld: '<5',
        seminarAttendees: '<5',
        stakeholdersMapped: mapped,
      };
      // The last whole quarter is chosen at first; it had no cases yet.
      const previous = recentQuarters(localDay(), 2)[1]!;
      const previousFigures = {
        inquiriesByCategory: {},
        seminarsHeld: '<5',
        seminarAttendees: '<5',
        stakeholdersMapped: '<5',
      };
      const asSent = JSON.parse(
        within(preview).getByTestId('publish-as-sent').textContent ?? '',
      ) as {
        commitment: unknown;
        indicators: unknown;
      };
      expect(asSent.commitment).toMatchObject({
        title,
        city: 'Legazpi City',
        country: 'PH',
        gcmObjectives: [21],
        sharedOn: localDay(),
      });
      expect(asSent.indicators).toEqual([
        { quarter, figures: expectedFigures },
        { quarter: previous, figures: previousFigures },
      ]);
      const table = within(preview).getByRole('table', { name: 'Published indicators' });
      expect(table.textContent).toContain('<5');
      expect(table.textContent).toContain(quarter);

      await userEvent.click(screen.getByRole('button', { name: publish.publish }));
      const outcome = await screen.findByTestId('publish-outcome', {}, SLOW);
      expect(outcome.textContent).toMatch(/^Published /);
      await waitFor(
        () => expect(screen.getByTestId('publish-status').textContent).toMatch(/^Last published /),
        SLOW,
      );

      // The client posted the previewed objects, nothing else.
      expect(sent).toEqual([
        {
          method: 'PUT',
          url: `${catalogueUrl()}/v1/catalogue/commitments/${tenant.tenantId}`,
          body: asSent.commitment,
        },
        {
          method: 'PUT',
          url: `${catalogueUrl()}/v1/catalogue/indicators/${quarter}`,
          body: expectedFigures,
        },
        {
          method: 'PUT',
          url: `${catalogueUrl()}/v1/catalogue/indicators/${previous}`,
          body: previousFigures,
        },
      ]);

      // Anyone reading the catalogue finds the commitment with this desk's indicators.
      const found = await searchCatalogue(title);
      expect(found.items).toHaveLength(1);
      expect(found.items[0]).toMatchObject({
        id: tenant.tenantId,
        publisher: { tenantId: tenant.tenantId, municipality: tenant.name },
        data: { title, gcmObjectives: [21] },
      });
      expect(found.items[0]!.indicators.map((i) => i.data)).toEqual([
        { quarter: previous, deskName: 'Albay desk', ...previousFigures },
        { quarter, deskName: 'Albay desk', ...expectedFigures },
      ]);

      // Stop publishing: gone from the catalogue; the desk keeps its commitment text and cases.
      await userEvent.click(screen.getByRole('button', { name: publish.stop }));
      await waitFor(
        () => expect(screen.getByTestId('publish-outcome').textContent).toBe(publish.stopped),
        SLOW,
      );
      await waitFor(
        () =>
          expect(screen.getByTestId('publish-status').textContent).toMatch(
            /^Withdrawn from the catalogue /,
          ),
        SLOW,
      );
      expect((await searchCatalogue(title)).items).toEqual([]);
      expect(await changesOf(tenant.tenantId)).toEqual([
        ['commitment', true],
        ['indicators', true],
        ['indicators', true],
      ]);
      expect(screen.getByLabelText(publish.form.title, { exact: false })).toHaveProperty(
        'value',
        title,
      );
    },
    LONG,
  );

  it(
    'says in plain words that the token was revoked, and publishes nothing',
    async () => {
      const tenant = await commands.catalogueTenant(['Albay desk']);
      const desk = await deskWithCases(tenant.desks[0]!.token);
      await commands.catalogueRevoke(tenant.desks[0]!.deskId);
      const title = `Revoked desk ${Date.now()}`;
      await renderApp({ databaseName: desk.databaseName, path: '/settings' });
      await fillAndPreview(title, recentQuarters(localDay(), 1)[0]!);
      await userEvent.click(screen.getByRole('button', { name: publish.publish }));
      const outcome = await screen.findByTestId('publish-outcome', {}, SLOW);
      expect(outcome.textContent).toBe(sync.problems.revoked);
      expect(screen.getByTestId('publish-status').textContent).toBe(publish.status.never);
      expect((await searchCatalogue(title)).items).toEqual([]);
    },
    LONG,
  );

  it('names what to correct before the preview, in the field, with the keyboard there', async () => {
    const desk = await syncDesk('publish', 'B', 'ALB');
    desk.db.close();
    await renderApp({ databaseName: desk.databaseName, path: '/settings' });
    // Not connected yet: the commitment can still be written and checked.
    expect(await screen.findByText(publish.needsConnection, {}, SLOW)).toBeTruthy();
    // Enter in a text field asks for the preview; the title is still empty.
    await userEvent.click(screen.getByLabelText(publish.form.city));
    await userEvent.keyboard('{Enter}');
    expect((await screen.findByTestId('publish-outcome', {}, SLOW)).textContent).toBe(
      publish.errors.fix,
    );
    const title = screen.getByLabelText(publish.form.title, { exact: false });
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(screen.getByText(common.errors.required)).toBeTruthy();
    expect(screen.queryByTestId('publish-preview')).toBeNull();
  });
});
