// The seconds left until `at` (ms since the epoch), counting down; 0 when it has passed.
import { useCallback, useSyncExternalStore } from 'react';

const TICK_MS = 250;

export function useSecondsUntil(at: number | undefined): number {
  // Read from the clock at every render, so that a new `at` is never measured against a time
  // kept from an earlier one; the timer only asks for a render while there is time left.
  const subscribe = useCallback(
    (onTick: () => void) => {
      if (!at) return () => {};
      const timer = setInterval(() => {
        onTick();
        if (Date.now() >= at) clearInterval(timer);
      }, TICK_MS);
      return () => clearInterval(timer);
    },
    [at],
  );
  return useSyncExternalStore(subscribe, () =>
    at ? Math.max(0, Math.ceil((at - Date.now()) / 1000)) : 0,
  );
}
