// Gives the main thread back for one turn, so that a keystroke or a paint waiting meanwhile runs
// before the caller goes on: scheduler.yield() where the browser has it (the caller keeps its
// place in the queue), else a message to itself, which unlike setTimeout is not clamped.
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Main-thread work between two turns given back: well under a 50 ms "long task" on a loaded CPU. */
export const TASK_BUDGET_MS = 8;

/**
 * `step` over every item, in order, giving the main thread back (nextTask) whenever the steps
 * since the last turn have taken `budget` ms: a page of a thousand records is checked in many
 * short tasks instead of one long one.
 */
export async function mapInTasks<T, R>(
  items: readonly T[],
  step: (item: T, index: number) => R,
  budget: number = TASK_BUDGET_MS,
): Promise<R[]> {
  const out: R[] = [];
  let since = performance.now();
  for (let i = 0; i < items.length; i++) {
    out.push(step(items[i]!, i));
    if (performance.now() - since >= budget && i + 1 < items.length) {
      await nextTask();
      since = performance.now();
    }
  }
  return out;
}
