export interface BenchTarget {
  atMost?: number;
  atLeast?: number;
  atSize?: number;
}
export interface BenchFigure {
  unit: 'ms' | 'records/s' | 'ratio' | 'MB';
  target?: BenchTarget;
  /** One value per run. */
  runs: number[];
}
export interface BenchResult {
  id: string;
  title: string;
  /** Cases in the data set; null for a scenario that does not depend on it. */
  size: number | null;
  figures: Record<string, BenchFigure>;
}
export interface BenchReport {
  date: string;
  runs: number;
  sizes: number[];
  machine: string;
  results: BenchResult[];
}
export function median(values: readonly number[]): number;
export function targetCell(figure: BenchFigure, size: number | null, value: number): string;
export function formatTable(report: BenchReport): string;
