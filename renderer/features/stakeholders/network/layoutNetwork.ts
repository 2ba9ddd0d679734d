// Lays the network out in two parts: the stakeholders that have links by their links (see
// networkLayout), and those without any in a tidy grid below them, with room for their names.
// Force-directed layouts pack lone nodes so tightly that their labels run into each other.
import type { Core, Layouts } from 'cytoscape';
import { networkLayout } from './networkElements';

const CELL_WIDTH = 170;
const CELL_HEIGHT = 64;
const GAP = 70;
/** Above this, a handful of nodes would be fitted at a giant size. */
const READABLE_ZOOM = 1.4;

async function run(layout: Layouts) {
  const done = layout.pon('layoutstop');
  layout.run();
  await done;
}

export async function layoutNetwork(cy: Core) {
  const linked = cy.nodes().filter((node) => node.degree(false) > 0);
  const alone = cy.nodes().difference(linked);
  if (linked.length > 0) {
    await run(linked.union(linked.connectedEdges()).layout(networkLayout(linked.length)));
  }
  if (alone.length > 0) {
    const above = linked.length > 0 ? linked.boundingBox() : { x1: 0, y2: -GAP, w: 0 };
    const width = Math.max(above.w, 6 * CELL_WIDTH);
    const cols = Math.max(1, Math.floor(width / CELL_WIDTH));
    const rows = Math.ceil(alone.length / cols);
    const boundingBox = { x1: above.x1, y1: above.y2 + GAP, w: width, h: rows * CELL_HEIGHT };
    await run(alone.layout({ name: 'grid', boundingBox, cols, avoidOverlap: false, fit: false }));
  }
  cy.fit(undefined, 30);
  if (cy.zoom() > READABLE_ZOOM) {
    cy.zoom(READABLE_ZOOM);
    cy.center();
  }
}
