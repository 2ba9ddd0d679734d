// A calendar date ("2026-03-01") in the interface language. Read at midday, because
// new Date("2026-03-01") is UTC midnight, which is the previous day in Peru or Argentina.
import { formatDate } from '../../ui/format';

export function formatDay(language: string, isoDate: string): string {
  return formatDate(language, `${isoDate}T12:00:00`);
}
