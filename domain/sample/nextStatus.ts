// Which status a sample case moves to next, and how long it stays in one. Only the preset's allowed transitions are ever
// chosen (canTransition holds for every step); these weights only make the usual paths usual.
import { allowedNextStatuses, isClosingStatus, type DeskPreset } from '../presets';
import type { Random } from './random';

const NEXT_WEIGHTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  new: {
    inProgress: 6,
    referred: 3,
    waitingForClient: 1,
    closedResolved: 2,
    closedReferredOut: 0.4,
    closedNoContact: 0.2,
  },
  inProgress: {
    referred: 4,
    waitingForClient: 2,
    waitingForAdministration: 2,
    followUp: 2,
    closedResolved: 3,
    closedUnresolved: 0.6,
    closedReferredOut: 0.6,
    closedNoContact: 0.3,
  },
  waitingForClient: { inProgress: 4, followUp: 1, closedNoContact: 1.5, closedUnresolved: 0.4 },
  waitingForAdministration: {
    inProgress: 2,
    closedResolved: 3,
    closedUnresolved: 1,
    followUp: 1,
    waitingForClient: 0.5,
  },
  referred: {
    followUp: 3,
    inProgress: 2,
    closedResolved: 3,
    closedReferredOut: 2,
    closedUnresolved: 0.8,
    waitingForClient: 0.5,
  },
  followUp: {
    closedResolved: 4,
    inProgress: 1.5,
    referred: 1,
    waitingForAdministration: 1,
    closedUnresolved: 1,
    waitingForClient: 0.5,
    closedReferredOut: 0.5,
    closedNoContact: 0.4,
  },
};

/** Categories a desk usually answers at the counter, the same day. */
const QUICK_CATEGORIES = new Set([
  'preEmploymentInfo',
  'documents',
  'owwaMembership',
  'languageCourses',
  'education',
  'other',
]);

export interface NextStatusContext {
  preset: DeskPreset;
  categories: readonly string[];
  /** Transitions so far: long cases lean towards closing. */
  steps: number;
}

function factor(to: string, from: string, context: NextStatusContext): number {
  const { preset, categories, steps } = context;
  const closing = isClosingStatus(preset, to);
  let f = 1;
  if (closing && steps >= 5) f *= steps >= 9 ? 50 : 3;
  const quick = categories.every((c) => QUICK_CATEGORIES.has(c));
  // Closing at intake is for questions answered at the counter, not for a detention abroad.
  if (from === preset.initialStatus && to === 'closedResolved') f *= quick ? 5 : 0.1;
  const referralOnly = categories.some((c) => preset.referralOnlyCategories?.includes(c));
  if (referralOnly && (to === 'referred' || to === 'closedReferredOut')) f *= 10;
  return f;
}

/** The next status, or undefined when the preset allows none. */
export function chooseNextStatus(
  random: Random,
  from: string,
  context: NextStatusContext,
): string | undefined {
  const allowed = allowedNextStatuses(context.preset, from);
  if (allowed.length === 0) return undefined;
  const weights = allowed.map((to) => (NEXT_WEIGHTS[from]?.[to] ?? 1) * factor(to, from, context));
  return random.weighted(allowed, weights);
}

/** How long a case stays in a status before moving on (days); a counter answer is same-day. */
export function dwellDays(status: string, next: string, closing: boolean): [number, number] {
  if (closing) return [20, 150];
  if (status === 'new') return next.startsWith('closed') ? [0, 0.1] : [0, 2];
  if (status === 'waitingForClient') return [3, 20];
  if (status === 'waitingForAdministration') return [15, 90];
  if (status === 'referred') return [3, 25];
  if (status === 'followUp') return [0, 3];
  return [1, 12];
}
