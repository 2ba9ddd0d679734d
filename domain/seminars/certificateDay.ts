// Certificates say someone attended: before the day of the session nobody can have, so they are
// printed from that day on. Days are the desk's own (this computer's clock), not UTC: a session
// at 08:00 in Manila is on the 14th there, whatever the UTC date.
import { localDay } from '../localDay';

/** The first day certificates of a session starting at `startsAt` may be issued. */
export const certificatesFrom = (startsAt: string) => localDay(new Date(startsAt));

export const certificatesOpen = (startsAt: string, now: Date) =>
  localDay(now) >= certificatesFrom(startsAt);
