// How each kind of stakeholder looks in the badge, the network and its legend. Colour is never
// alone: the badge carries the type's name, and each type has its own node shape.
import { DEFAULT_THEME, type MantineColor } from '@mantine/core';
import type { StakeholderType } from '../../../domain/stakeholders/taxonomy';

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'diamond'
  | 'triangle'
  | 'hexagon'
  | 'star'
  | 'vee'
  | 'rhomboid'
  | 'octagon'
  | 'tag'
  | 'barrel';

interface TypeStyle {
  color: MantineColor;
  shape: NodeShape;
}

export const TYPE_STYLES: Readonly<Record<StakeholderType, TypeStyle>> = {
  diaspora: { color: 'blue', shape: 'ellipse' },
  civilSociety: { color: 'teal', shape: 'round-rectangle' },
  governmentAgency: { color: 'indigo', shape: 'diamond' },
  localGovernmentUnit: { color: 'violet', shape: 'hexagon' },
  internationalOrganisation: { color: 'cyan', shape: 'octagon' },
  recruitmentAgency: { color: 'orange', shape: 'triangle' },
  employer: { color: 'red', shape: 'vee' },
  faithBased: { color: 'grape', shape: 'star' },
  academia: { color: 'lime', shape: 'barrel' },
  media: { color: 'pink', shape: 'tag' },
  privateSector: { color: 'yellow', shape: 'rhomboid' },
};

/** A solid hex colour of the type, for canvas and SVG drawing. */
export function typeHex(type: StakeholderType): string {
  return DEFAULT_THEME.colors[TYPE_STYLES[type].color]![7];
}
