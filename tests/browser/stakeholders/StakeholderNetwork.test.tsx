import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { TulayDatabase } from '../../../renderer/db';
import { createLink, deleteLink } from '../../../renderer/features/stakeholders/linkRepository';
import { diaspora, openTestDatabase, renderStakeholders, seed } from './stakeholdersHarness';

let db: TulayDatabase | undefined;
afterEach(() => db?.close());

interface GraphNode {
  id(): string;
  data(key: string): string;
  renderedPosition(): { x: number; y: number };
}
interface GraphEdge {
  data(key: string): string;
}
interface Graph {
  nodes(): GraphNode[];
  edges(): GraphEdge[];
}

/** The drawn graph, read from cytoscape's own registry on its container (a canvas has no DOM
 *  per node to query). */
const graphOf = (element: HTMLElement) =>
  (element as unknown as { _cyreg: { cy: Graph } })._cyreg.cy;

async function networkOfThree() {
  const opened = await openTestDatabase('stakeholder-network');
  db = opened.db;
  const [riyadh, dubai, owwa] = await seed(opened.ctx, [
    diaspora('Samahang Pilipino sa Riyadh', 'SA'),
    diaspora('Filipino Workers Guild Dubai', 'AE'),
    { name: 'Overseas Workers Welfare Administration', type: 'governmentAgency', country: 'PH' },
  ]);
  await createLink(opened.ctx, { fromId: riyadh!.id, toId: dubai!.id, type: 'partnerOf' });
  await createLink(opened.ctx, { fromId: owwa!.id, toId: riyadh!.id, type: 'funds' });
  const removed = await createLink(opened.ctx, {
    fromId: owwa!.id,
    toId: dubai!.id,
    type: 'refersTo',
  });
  await deleteLink(opened.ctx, removed.id);
  await renderStakeholders(db, '/stakeholders?view=network');
  const element = await screen.findByTestId('stakeholder-network', {}, { timeout: 10_000 });
  await waitFor(() => expect(element.getAttribute('data-nodes')).toBe('3'), { timeout: 10_000 });
  return { element, riyadh: riyadh!, dubai: dubai!, owwa: owwa! };
}

function paintedPixels(element: HTMLElement): number {
  let painted = 0;
  for (const canvas of element.querySelectorAll('canvas')) {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
  }
  return painted;
}

describe('the stakeholder network', () => {
  it('draws a node per stakeholder and an edge per live link from the database', async () => {
    const { element, riyadh, dubai, owwa } = await networkOfThree();
    const graph = graphOf(element);
    expect(element.getAttribute('data-edges')).toBe('2');
    expect(
      graph
        .nodes()
        .map((n) => n.data('label'))
        .sort(),
    ).toEqual([
      'Filipino Workers Guild Dubai',
      'Overseas Workers Welfare Administration',
      'Samahang Pilipino sa Riyadh',
    ]);
    const edges = graph.edges().map((e) => [e.data('source'), e.data('target'), e.data('type')]);
    expect(edges).toEqual(
      expect.arrayContaining([
        [riyadh.id, dubai.id, 'partnerOf'],
        [owwa.id, riyadh.id, 'funds'],
      ]),
    );
    await waitFor(() => expect(paintedPixels(element)).toBeGreaterThan(500));
    expect(
      screen.getByRole('img', {
        name: 'Network of stakeholders — organisations: 3, links: 2',
      }),
    ).toBeTruthy();
  });

  it('opens the stakeholder whose node is clicked', async () => {
    const { element } = await networkOfThree();
    // A person clicks what is painted: wait for the drawing, as the eye would.
    await waitFor(() => expect(paintedPixels(element)).toBeGreaterThan(500));
    const dubai = graphOf(element)
      .nodes()
      .find((n) => n.data('label') === 'Filipino Workers Guild Dubai')!;
    const { x, y } = dubai.renderedPosition();
    await userEvent.click(element, { position: { x, y } });
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 5_000 });
    expect(heading.textContent).toBe('Filipino Workers Guild Dubai');
  });

  it('shows only the types chosen in the filter, and the links between them', async () => {
    await networkOfThree();
    await userEvent.click(screen.getByRole('combobox', { name: 'Type' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Diaspora organisation' }));
    const redrawn = screen.getByTestId('stakeholder-network');
    await waitFor(() => expect(redrawn.getAttribute('data-nodes')).toBe('2'));
    expect(redrawn.getAttribute('data-edges')).toBe('1');
    expect(screen.getByTestId('network-legend').textContent).not.toContain('Government agency');
  });
});
