// Owns the cytoscape instance: draws the elements into the container on canvas (no eval, no
// remote resources, so the CSP is satisfied), opens a node on tap, and reports what it drew.
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { layoutNetwork } from './layoutNetwork';
import { networkElements } from './networkElements';
import { NETWORK_STYLE } from './networkStyle';
import type { StoredStakeholder } from '../stakeholderRepository';
import type { StoredLink } from '../useStakeholders';

const LABEL_PX = 11;

/** Fades all but the node and its neighbours, with labels sized to be read at this zoom. */
function highlightNeighbourhood(cy: Core, node: NodeSingular) {
  const scale = Math.max(1, 1 / cy.zoom());
  cy.batch(() => {
    cy.elements().addClass('faded');
    const near = node.closedNeighborhood();
    near.removeClass('faded');
    near.nodes().addClass('focus');
    near.nodes().style({ 'font-size': LABEL_PX * scale, 'text-max-width': `${160 * scale}px` });
  });
}

function clearHighlight(cy: Core) {
  cy.batch(() => {
    cy.elements().removeClass('faded focus');
    cy.nodes().removeStyle('font-size text-max-width');
  });
}

const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export interface DrawnNetwork {
  nodes: number;
  edges: number;
  /** Milliseconds from creating the graph to the end of its first layout. */
  layoutMs: number;
}

export function useNetworkGraph(
  container: RefObject<HTMLDivElement | null>,
  stakeholders: readonly StoredStakeholder[],
  links: readonly StoredLink[],
  onOpen: (id: string) => void,
) {
  const cyRef = useRef<Core | null>(null);
  const openRef = useRef(onOpen);
  const elements = useMemo(() => networkElements(stakeholders, links), [stakeholders, links]);
  // Kept with the elements it was drawn from: while a changed graph is laid out again, nothing
  // reads as drawn (the loading text shows, and tests wait for the new layout).
  const [layout, setLayout] = useState<{ of: typeof elements; drawn: DrawnNetwork } | null>(null);
  const drawn = layout?.of === elements ? layout.drawn : null;

  useEffect(() => {
    openRef.current = onOpen;
  }, [onOpen]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const started = performance.now();
    const cy = cytoscape({
      container: element,
      elements,
      style: NETWORK_STYLE,
      // A quick grid until the real layout has run: with every node at one point, Cytoscape
      // would warn about each edge it cannot draw.
      layout: { name: 'grid' },
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    cyRef.current = cy;
    cy.on('tap', 'node', (event) => openRef.current((event.target as { id(): string }).id()));
    cy.on('mouseover', 'node', (event) => {
      element.style.cursor = 'pointer';
      highlightNeighbourhood(cy, event.target as NodeSingular);
    });
    cy.on('mouseout', 'node', () => {
      element.style.cursor = '';
      clearHighlight(cy);
    });
    // Lay out after the first paint, so "Drawing the network…" shows while the layout runs.
    void nextPaint()
      .then(() => (cy.destroyed() ? undefined : layoutNetwork(cy)))
      .then(() => {
        if (cy.destroyed()) return;
        setLayout({
          of: elements,
          drawn: {
            nodes: cy.nodes().length,
            edges: cy.edges().length,
            layoutMs: Math.round(performance.now() - started),
          },
        });
      });
    return () => {
      cyRef.current = null;
      cy.destroy();
    };
  }, [container, elements]);

  const fit = useCallback(() => cyRef.current?.fit(undefined, 30), []);
  return { drawn, fit };
}
