// Locks the desk after the chosen time without a key press, click, touch or scroll: a PC left at
// the counter does not stay open on someone's case.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useDatabase } from '../../db';
import { readLockMinutes } from './lockSettings';
import { useLockDesk } from './useLockDesk';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export function useIdleLock() {
  const db = useDatabase();
  const lock = useLockDesk();
  const minutes = useLiveQuery(() => readLockMinutes(db), [db]);
  useEffect(() => {
    if (minutes === undefined) return;
    let timer: ReturnType<typeof setTimeout>;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void lock(), minutes * 60_000);
    };
    restart();
    for (const type of ACTIVITY) window.addEventListener(type, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, restart);
    };
  }, [minutes, lock]);
}
