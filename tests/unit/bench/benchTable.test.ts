import { describe, expect, it } from 'vitest';
import {
  formatTable,
  median,
  targetCell,
  type BenchFigure,
  type BenchReport,
} from '../../../scripts/benchTable.mjs';

const report: BenchReport = {
  date: '2026-11-26T20:00:00.000Z',
  runs: 3,
  sizes: [10_000, 100_000],
  machine: '2 × test CPU',
  results: [
    {
      id: 'intake-save',
      title: 'Save an intake',
      size: 100_000,
      figures: {
        p95: { unit: 'ms', target: { atMost: 10, atSize: 100_000 }, runs: [12.5, 9.1, 30] },
      },
    },
    {
      id: 'intake-save',
      title: 'Save an intake',
      size: 10_000,
      figures: {
        p95: { unit: 'ms', target: { atMost: 10, atSize: 100_000 }, runs: [4, 5, 6] },
      },
    },
    {
      id: 'stakeholder-views',
      title: 'Graph',
      size: null,
      figures: { 'graph drawn': { unit: 'ms', runs: [1400] } },
    },
    {
      id: 'bulk-write',
      title: 'Bulk write',
      size: 100_000,
      figures: { ratio: { unit: 'ratio', target: { atLeast: 0.6 }, runs: [0.61, 0.7] } },
    },
  ],
};

describe('the benchmark table', () => {
  it('reports the median of the runs with their spread', () => {
    expect(median([12.5, 9.1, 30])).toBe(12.5);
    expect(median([0.61, 0.7])).toBeCloseTo(0.655);
    const table = formatTable(report);
    expect(table).toContain(
      '| Save an intake | p95 | 100,000 | 12.5 ms | 9.10 ms–30.0 ms | 3 | ≤ 10 ms: **missed** |',
    );
    expect(table).toContain('| Bulk write | ratio | 100,000 | 0.66 | 0.61–0.70 | 2 | ≥ 0.6: met |');
  });

  it('judges a target only at the size it is set for', () => {
    const p95 = report.results[1]!.figures.p95!;
    expect(targetCell(p95, 10_000, 5)).toBe('');
    expect(targetCell(p95, 100_000, 9.5)).toBe('≤ 10 ms: met');
    expect(formatTable(report)).toContain(
      '| Save an intake | p95 | 10,000 | 5.00 ms | 4.00 ms–6.00 ms | 3 |  |',
    );
  });

  it('shows a figure that does not depend on the number of cases once, for any size', () => {
    expect(formatTable(report)).toContain('| Graph | graph drawn | any | 1,400 ms |  | 1 |  |');
  });

  it('says when a figure could not be measured rather than printing a number', () => {
    const heap: BenchFigure = { unit: 'MB', target: { atMost: 150 }, runs: [Number.NaN] };
    const table = formatTable({
      ...report,
      results: [{ id: 'h', title: 'Heap', size: 1000, figures: { heap } }],
    });
    expect(table).toContain('| Heap | heap | 1,000 | n/a |');
  });
});
