// The stakeholders and links as cytoscape elements. A link is drawn only when both of its
// stakeholders pass the filters; otherwise it would point to a node that is not there.
import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import type { StoredStakeholder } from '../stakeholderRepository';
import type { StoredLink } from '../useStakeholders';

export const COSE_LIMIT = 400;

export function networkElements(
  stakeholders: readonly StoredStakeholder[],
  links: readonly StoredLink[],
): ElementDefinition[] {
  const ids = new Set(stakeholders.map((s) => s.id));
  const nodes = stakeholders.map((s) => ({
    group: 'nodes' as const,
    data: { id: s.id, label: s.name, type: s.type },
  }));
  const edges = links
    .filter((l) => ids.has(l.fromId) && ids.has(l.toId))
    .map((l) => ({
      group: 'edges' as const,
      data: { id: l.id, source: l.fromId, target: l.toId, type: l.type },
    }));
  return [...nodes, ...edges];
}

/**
 * Force-directed (cose) shows who clusters with whom. Its cost grows with the square of the
 * nodes, so larger networks get fewer iterations: about a second for 300 nodes on this
 * project's 2-core machines (measured, see the stakeholders report). Beyond COSE_LIMIT nodes it
 * would take many seconds, and rings by number of links (hubs in the middle) are used instead.
 */
export function networkLayout(nodeCount: number): LayoutOptions {
  if (nodeCount <= COSE_LIMIT) {
    const iterations = Math.round(2e7 / Math.max(nodeCount, 1) ** 2);
    return {
      name: 'cose',
      animate: false,
      randomize: true,
      padding: 30,
      numIter: Math.min(1000, Math.max(200, iterations)),
      nodeDimensionsIncludeLabels: nodeCount <= 100,
      componentSpacing: 60,
      idealEdgeLength: () => 90,
      nodeRepulsion: () => 12000,
    };
  }
  return {
    name: 'concentric',
    animate: false,
    padding: 30,
    minNodeSpacing: 12,
    concentric: (node) => node.degree(false),
    levelWidth: () => 2,
  };
}
