// Certificates say someone attended: before the day of the session nobody can have, so they are
// printed from that day on. Days are the desk's own (this computer's clock), not UTC: a session
// at 08:00 in Manila is on the 14th there, whatever the UTC date.

/** YYYY-MM-DD of an instant on this computer's calendar. */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The first day certificates of a session starting at `startsAt` may be issued. */
export const certificatesFrom = (startsAt: string) => localDay(new Date(startsAt));

export const certificatesOpen = (startsAt: string, now: Date) =>
  localDay(now) >= certificatesFrom(startsAt);
