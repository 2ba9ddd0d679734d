// The seconds left until `at` (ms since the epoch), ticking down once a second; 0 when past.
import { useEffect, useState } from 'react';

export function useSecondsUntil(at: number | undefined): number {
  const left = () => (at ? Math.max(0, Math.ceil((at - Date.now()) / 1000)) : 0);
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    if (!at || at <= Date.now()) return;
    const timer = setInterval(() => {
      const next = left();
      setSeconds(next);
      if (next === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
    // left() reads only `at`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [at]);
  return seconds;
}
