// When a session is, in words of the reader's language: "Saturday, 14 March 2026 · 9:00–12:00".
import { formatTime, localeOf } from '../../ui/format';

interface Timed {
  startsAt: string;
  endsAt?: string | undefined;
}

/** The day with its weekday: people plan by weekday. */
export function sessionDay(language: string, seminar: Timed): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'full' }).format(
    new Date(seminar.startsAt),
  );
}

export function sessionHours(language: string, seminar: Timed): string {
  const start = formatTime(language, seminar.startsAt);
  return seminar.endsAt ? `${start}–${formatTime(language, seminar.endsAt)}` : start;
}

export function sessionWhen(language: string, seminar: Timed): string {
  return `${sessionDay(language, seminar)} · ${sessionHours(language, seminar)}`;
}
