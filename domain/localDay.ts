// The calendar day where the desk is. `toISOString().slice(0, 10)` gives the day in UTC, which
// in the Philippines is still yesterday until 08:00 (and already tomorrow in the evening in
// Peru or Argentina); every "today" of the app comes from here instead.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The day of `at` on this computer's clock ("2026-12-05"), `plusDays` days later. */
export function localDay(at: Date = new Date(), plusDays = 0): string {
  // Built from the local fields, so that a day added across a daylight-saving change is still
  // one calendar day, not 24 hours.
  const day = new Date(at.getFullYear(), at.getMonth(), at.getDate() + plusDays);
  return `${pad(day.getFullYear(), 4)}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
