import { describe, expect, it } from 'vitest';
import {
  exportedLinks,
  LINK_CSV_COLUMNS,
  stakeholderLinkCsvRows,
  type LinkCsvLabels,
} from '../../../domain/stakeholders/linksCsv';
import { csvText } from '../../../domain/spreadsheet/csv';

const labels: LinkCsvLabels = {
  header: (column) => `[${column}]`,
  kind: (type) => `kind:${type}`,
};

const names = new Map([
  ['a', 'Caritas Lima'],
  ['b', 'Red de Migrantes'],
  ['c', 'OIM Perú'],
]);

describe('stakeholder link CSV rows', () => {
  it('keeps the links that touch an exported stakeholder, alive at both ends', () => {
    const links = [
      { id: '1', fromId: 'a', toId: 'b', type: 'memberOf' as const },
      { id: '2', fromId: 'c', toId: 'a', type: 'funds' as const },
      { id: '3', fromId: 'b', toId: 'c', type: 'partnerOf' as const },
      { id: '4', fromId: 'a', toId: 'gone', type: 'refersTo' as const },
      {
        id: '5',
        fromId: 'a',
        toId: 'c',
        type: 'refersTo' as const,
        deletedAt: '2026-01-01T00:00:00Z',
      },
    ];
    const kept = exportedLinks(links, new Set(['a']), names);
    expect(kept.map((l) => l.id)).toEqual(['1', '2']);
  });

  it('writes from, kind, to, since and note, with both ids, in the reader’s words', () => {
    const rows = stakeholderLinkCsvRows(
      [
        { fromId: 'c', toId: 'a', type: 'funds', note: '=Fondo 2026' },
        { fromId: 'a', toId: 'b', type: 'memberOf', since: '2024-03-01' },
      ],
      names,
      labels,
    );
    expect(rows[0]).toEqual(LINK_CSV_COLUMNS.map((c) => `[${c}]`));
    expect(rows.slice(1)).toEqual([
      ['Caritas Lima', 'kind:memberOf', 'Red de Migrantes', '2024-03-01', undefined, 'a', 'b'],
      ['OIM Perú', 'kind:funds', 'Caritas Lima', undefined, '=Fondo 2026', 'c', 'a'],
    ]);
    expect(csvText(rows)).toContain(`OIM Perú,kind:funds,Caritas Lima,,'=Fondo 2026,c,a`);
  });
});
