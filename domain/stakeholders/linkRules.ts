// The rules of a link between two stakeholders: never to itself, never the same fact twice,
// and only between stakeholders that exist. Problems carry i18n keys for the field they concern.
import { SYMMETRIC_LINK_TYPES, type LinkType } from './taxonomy';

export interface LinkCandidate {
  fromId: string;
  toId: string;
  type: LinkType;
}

export interface ExistingLink extends LinkCandidate {
  id: string;
  deletedAt: string | null;
}

export interface LinkProblem {
  path: 'toId' | 'type';
  message: string;
}

/** True when both links state the same fact (the reverse too, for partnerOf and coordinatesWith). */
export function sameLinkFact(a: LinkCandidate, b: LinkCandidate): boolean {
  if (a.type !== b.type) return false;
  if (a.fromId === b.fromId && a.toId === b.toId) return true;
  return SYMMETRIC_LINK_TYPES.has(a.type) && a.fromId === b.toId && a.toId === b.fromId;
}

/**
 * What is wrong with adding `candidate`, given the live links of its two stakeholders and
 * the ids of stakeholders that exist (not deleted). Empty when it may be added.
 */
export function linkProblems(
  candidate: LinkCandidate,
  existingLinks: readonly ExistingLink[],
  liveStakeholderIds: ReadonlySet<string>,
): LinkProblem[] {
  if (candidate.fromId === candidate.toId) return [{ path: 'toId', message: 'errors.selfLink' }];
  if (!liveStakeholderIds.has(candidate.fromId) || !liveStakeholderIds.has(candidate.toId)) {
    return [{ path: 'toId', message: 'errors.notFound' }];
  }
  const duplicate = existingLinks.some((link) => !link.deletedAt && sameLinkFact(link, candidate));
  return duplicate ? [{ path: 'toId', message: 'stakeholders:errors.duplicateLink' }] : [];
}
