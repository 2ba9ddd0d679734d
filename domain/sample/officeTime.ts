// Sample events happen when a municipal desk is open: weekdays, 8:00 to 17:00 local time.
import type { Random } from './random';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A moment on the same local day as `ms` (or the Monday after a weekend), in office hours. */
export function inOfficeHours(ms: number, utcOffsetHours: number, random: Random): number {
  const offset = utcOffsetHours * HOUR;
  const local = new Date(ms + offset);
  const weekday = local.getUTCDay();
  const skip = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + skip);
  const minutes = random.int(8 * 60, 16 * 60 + 45);
  return midnight + minutes * MINUTE - offset;
}

/**
 * A moment `minDays`–`maxDays` after `from`, in office hours, and always after `from` (a
 * same-day step moves on by minutes, even past closing time, rather than back in time).
 */
export function laterInOfficeHours(
  from: number,
  minDays: number,
  maxDays: number,
  utcOffsetHours: number,
  random: Random,
): number {
  const days = minDays + random.next() * (maxDays - minDays);
  const moment = inOfficeHours(from + days * DAY, utcOffsetHours, random);
  return moment > from + 5 * MINUTE ? moment : from + random.int(10, 90) * MINUTE;
}

const OPENS = 8 * 60;
const CLOSES = 17 * 60;

/**
 * The desk's opening hours between `start` and `end`, as one line of minutes, so that cases
 * spread evenly over it open in office hours and in the order of their reference numbers.
 */
export function officeCalendar(start: number, end: number, utcOffsetHours: number) {
  const offset = utcOffsetHours * HOUR;
  const spans: { from: number; minutes: number }[] = [];
  const first = new Date(start + offset);
  let day = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate()) - offset;
  for (; day < end; day += DAY) {
    const weekday = new Date(day + offset).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const from = Math.max(day + OPENS * MINUTE, start);
    const to = Math.min(day + CLOSES * MINUTE, end);
    if (to > from) spans.push({ from, minutes: (to - from) / MINUTE });
  }
  const total = spans.reduce((sum, span) => sum + span.minutes, 0);
  return {
    /** Minutes the desk is open in the period. */
    total,
    /** The moment `minute` minutes of opening time into the period. */
    at(minute: number): number {
      let left = Math.min(Math.max(minute, 0), total);
      for (const span of spans) {
        if (left <= span.minutes) return span.from + left * MINUTE;
        left -= span.minutes;
      }
      return end;
    },
  };
}
