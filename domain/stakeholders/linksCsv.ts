// The links between stakeholders as rows for a spreadsheet, the companion of the directory's
// file: "from — kind — to", read in the link's own direction ("A member of B"), with both ids so
// that two stakeholders of the same name can be told apart.
import type { StakeholderLink } from '../records/stakeholders';
import type { CellValue } from '../spreadsheet/cells';
import type { LinkType } from './taxonomy';

export const LINK_CSV_COLUMNS = ['from', 'kind', 'to', 'since', 'note', 'fromId', 'toId'] as const;
export type LinkCsvColumn = (typeof LINK_CSV_COLUMNS)[number];

export interface LinkCsvLabels {
  header: (column: LinkCsvColumn) => string;
  /** The link type read from its source: "Member of", "Refers clients to". */
  kind: (type: LinkType) => string;
}

type Link = StakeholderLink & { deletedAt?: string | null };

/**
 * The links that touch an exported stakeholder (the other end may be outside the list), neither
 * deleted nor to a stakeholder that is gone: `names` holds the living stakeholders by id.
 */
export function exportedLinks<T extends Link>(
  links: readonly T[],
  exported: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
): T[] {
  return links.filter(
    (l) =>
      !l.deletedAt &&
      (exported.has(l.fromId) || exported.has(l.toId)) &&
      names.has(l.fromId) &&
      names.has(l.toId),
  );
}

function row(link: Link, names: ReadonlyMap<string, string>, labels: LinkCsvLabels) {
  const cells: Record<LinkCsvColumn, CellValue> = {
    from: names.get(link.fromId),
    kind: labels.kind(link.type),
    to: names.get(link.toId),
    since: link.since,
    note: link.note,
    fromId: link.fromId,
    toId: link.toId,
  };
  return LINK_CSV_COLUMNS.map((column) => cells[column]);
}

/** The header row, then a row per link, ordered by the names of its two ends. */
export function stakeholderLinkCsvRows(
  links: readonly Link[],
  names: ReadonlyMap<string, string>,
  labels: LinkCsvLabels,
): CellValue[][] {
  const name = (id: string) => names.get(id) ?? '';
  const sorted = [...links].sort(
    (a, b) =>
      name(a.fromId).localeCompare(name(b.fromId)) ||
      name(a.toId).localeCompare(name(b.toId)) ||
      a.type.localeCompare(b.type),
  );
  return [LINK_CSV_COLUMNS.map(labels.header), ...sorted.map((l) => row(l, names, labels))];
}
