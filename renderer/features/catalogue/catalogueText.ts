// How the Catalogue page says ages, published counts and category names.
import { PRESETS } from '../../../domain/presets';
import type { PublishedCount } from '../../../domain/sync';
import { formatNumber, localeOf } from '../../ui/format';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago", "yesterday", "now": how old the copy is. */
export function ageText(language: string, at: string, now: number): string {
  const elapsed = Math.max(0, now - new Date(at).getTime());
  const format = new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms) return format.format(-Math.floor(elapsed / ms), unit);
  }
  return format.format(0, 'second');
}

/** A published count: a number of 5 or more, or "<5" (the catalogue never says a smaller one). */
export const countText = (language: string, count: PublishedCount, underFive: string) =>
  count === '<5' ? underFive : formatNumber(language, count);

/** The key of a category's name in whichever desk preset has it; null if none does. */
export function categoryKey(id: string): string | null {
  for (const preset of Object.values(PRESETS)) {
    if (preset.categories.includes(id)) return `presets:${preset.id}.categories.${id}`;
  }
  return null;
}
