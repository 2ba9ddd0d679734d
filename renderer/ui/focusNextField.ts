// When a control replaces itself (a person picker that becomes the chosen person's card), the
// focus falls to the page body and the next Tab starts again at the top of the page. This puts
// it on the field that follows, as if the officer had pressed Tab.
const FOCUSABLE =
  'input:not([type="hidden"]), select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])';

/** Focuses the first field in Tab order after `container`; false when there is none. */
export function focusNextField(container: HTMLElement): boolean {
  const next = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].find(
    (element) =>
      element.tabIndex >= 0 &&
      !(element as HTMLInputElement).disabled &&
      !container.contains(element) &&
      container.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING &&
      element.getClientRects().length > 0,
  );
  next?.focus();
  return next !== undefined;
}

/** Whether the focus was lost (to the body), rather than moved somewhere on purpose. */
export const focusIsLost = () =>
  document.activeElement === null || document.activeElement === document.body;
