// The colour scale of the map: how many stakeholders a country has, in five steps that stay
// readable from one to a few dozen. Each step is also written in the legend.
export interface Bucket {
  min: number;
  /** Inclusive; null for the open last step. */
  max: number | null;
  fill: string;
}

export const BUCKETS: readonly Bucket[] = [
  { min: 1, max: 1, fill: '#c9d6ff' },
  { min: 2, max: 4, fill: '#91a7ff' },
  { min: 5, max: 9, fill: '#5c7cfa' },
  { min: 10, max: 24, fill: '#3b5bdb' },
  { min: 25, max: null, fill: '#233a9e' },
];

export const EMPTY_FILL = '#e9ecef';
export const BORDER = '#ffffff';
export const OCEAN = '#f4f8fd';
export const SELECTED_STROKE = '#d9480f';

export function fillFor(count: number, scale: readonly Bucket[] = BUCKETS): string {
  if (count <= 0) return EMPTY_FILL;
  return scale.find((b) => count >= b.min && (b.max === null || count <= b.max))!.fill;
}
