// How the network draws: nodes coloured and shaped by type, links styled by kind (directed ones
// with an arrow). Labels shrink away when zoomed far out, so 300 names do not become a smudge;
// zooming in brings them back.
import type { StylesheetJson } from 'cytoscape';
import {
  LINK_TYPES,
  STAKEHOLDER_TYPES,
  type LinkType,
} from '../../../../domain/stakeholders/taxonomy';
import { TYPE_STYLES, typeHex } from '../typeStyles';

export const LINK_STYLES: Readonly<
  Record<LinkType, { line: 'solid' | 'dashed' | 'dotted'; arrow: boolean; width: number }>
> = {
  partnerOf: { line: 'solid', arrow: false, width: 2.5 },
  coordinatesWith: { line: 'dashed', arrow: false, width: 2 },
  memberOf: { line: 'solid', arrow: true, width: 1.5 },
  funds: { line: 'solid', arrow: true, width: 3 },
  refersTo: { line: 'dotted', arrow: true, width: 2 },
};

export const EDGE_COLOUR = '#868e96';

export const NETWORK_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 22,
      height: 22,
      'font-size': 11,
      'font-family': 'Noto Sans, Noto Sans Arabic, sans-serif',
      color: '#1a1b1e',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 7,
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  ...STAKEHOLDER_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': typeHex(type), shape: TYPE_STYLES[type].shape },
  })),
  {
    selector: 'node:active, node:selected',
    style: { 'border-color': '#d9480f', 'border-width': 3 },
  },
  // Pointing at a node lights up its neighbourhood and names it, however far out the zoom.
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: 'node.focus', style: { 'min-zoomed-font-size': 0, 'z-index': 10 } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'line-color': EDGE_COLOUR,
      'target-arrow-color': EDGE_COLOUR,
      opacity: 0.85,
    },
  },
  ...LINK_TYPES.map((type) => ({
    selector: `edge[type = "${type}"]`,
    style: {
      'line-style': LINK_STYLES[type].line,
      width: LINK_STYLES[type].width,
      'target-arrow-shape': LINK_STYLES[type].arrow ? 'triangle' : 'none',
    },
  })),
] as StylesheetJson;
