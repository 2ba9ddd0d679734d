// A link is added from one stakeholder's page, which may be either end of it: on an umbrella
// network's page, "has as member" adds "member → network". A kind is a link type plus which end
// this page is; symmetric types have one kind only.
import { LINK_TYPES, SYMMETRIC_LINK_TYPES, type LinkType } from './taxonomy';

export interface LinkKind {
  /** "outgoing.memberOf" or "incoming.memberOf": also its label key under linkTypes. */
  id: `outgoing.${LinkType}` | `incoming.${LinkType}`;
  type: LinkType;
  /** True when this page's stakeholder is the link's target. */
  incoming: boolean;
}

export const LINK_KINDS: readonly LinkKind[] = [
  ...LINK_TYPES.map((type) => ({ id: `outgoing.${type}` as const, type, incoming: false })),
  ...LINK_TYPES.filter((type) => !SYMMETRIC_LINK_TYPES.has(type)).map((type) => ({
    id: `incoming.${type}` as const,
    type,
    incoming: true,
  })),
];

/** The link to store when `pageId` adds a link of `kind` with `otherId`. */
export function linkFromKind(kind: LinkKind, pageId: string, otherId: string) {
  return kind.incoming
    ? { fromId: otherId, toId: pageId, type: kind.type }
    : { fromId: pageId, toId: otherId, type: kind.type };
}
