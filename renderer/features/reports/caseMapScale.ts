// The map's colour steps for cases: from one case to the period's largest count, in the same
// five colours as the stakeholder map, so a year of 30,000 cases is not one solid blue.
import { MAP_BUCKETS, type MapBucket } from '../stakeholders';

export function caseMapScale(max: number): readonly MapBucket[] {
  const cuts = [0.05, 0.15, 0.35, 0.6].map((share) => Math.round(max * share));
  const rising = cuts.every((cut, i) => cut > (i === 0 ? 1 : cuts[i - 1]!));
  if (!rising) return MAP_BUCKETS;
  const lows = [1, ...cuts];
  return MAP_BUCKETS.map((bucket, i) => ({
    fill: bucket.fill,
    min: lows[i]!,
    max: i < cuts.length ? cuts[i]! - 1 : null,
  }));
}
