// "My follow-ups" in the order an officer works through them: overdue first (the longest
// overdue on top), then those due later today, then the coming ones, each by due date.
export type FollowUpGroup = 'overdue' | 'today' | 'upcoming';

export interface Due {
  dueAt: string;
}

const sameLocalDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() &&
  a.getMonth() === b.getMonth() &&
  a.getDate() === b.getDate();

export function followUpGroup(dueAt: string, now: Date): FollowUpGroup {
  const due = new Date(dueAt);
  if (due.getTime() < now.getTime()) return 'overdue';
  return sameLocalDay(due, now) ? 'today' : 'upcoming';
}

const GROUPS: readonly FollowUpGroup[] = ['overdue', 'today', 'upcoming'];

/** The non-empty groups, in working order, each sorted by due date. */
export function groupFollowUps<T extends Due>(
  items: readonly T[],
  now: Date,
): { group: FollowUpGroup; items: T[] }[] {
  const sorted = [...items].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return GROUPS.map((group) => ({
    group,
    items: sorted.filter((item) => followUpGroup(item.dueAt, now) === group),
  })).filter((g) => g.items.length > 0);
}
