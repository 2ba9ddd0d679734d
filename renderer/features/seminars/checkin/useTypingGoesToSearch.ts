// "One search field always focused": whatever has the focus (an undo button just pressed, the
// page itself after a click), typing a letter or digit goes to the search field.
import { useEffect, type RefObject } from 'react';

const isField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function useTypingGoesToSearch(ref: RefObject<HTMLInputElement | null>, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.key.trim().length !== 1) return;
      if (isField(event.target) || !ref.current) return;
      // Focusing before the key's default action lets the character land in the field.
      ref.current.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [ref, enabled]);
}
