import { useEffect, type KeyboardEvent, type RefObject } from 'react';

/** What Tab can reach inside a dialog, in document order. */
const TABBABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Where Tab (or Shift+Tab) goes from `index` among `count` stops: round from the last to the first and back. */
export const nextStop = (count: number, index: number, back: boolean): number =>
  back ? (index <= 0 ? count - 1 : index - 1) : index < 0 || index >= count - 1 ? 0 : index + 1;

/**
 * Keeps the keyboard inside a modal dialog: returns the dialog's Tab handler (Tab and Shift+Tab go
 * round its own controls), and brings back focus that lands behind it (a Tab from the page after a
 * click on the backdrop), so nothing under the overlay is ever operated unseen.
 */
export function useModalFocus(dialog: RefObject<HTMLElement | null>): (event: KeyboardEvent) => void {
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const box = dialog.current;
      if (box && event.target instanceof Node && !box.contains(event.target))
        box.querySelector<HTMLElement>(TABBABLE)?.focus();
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [dialog]);

  return (event) => {
    const box = dialog.current;
    if (event.key !== 'Tab' || !box) return;
    const stops = [...box.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.getClientRects().length > 0);
    if (stops.length === 0) return;
    event.preventDefault();
    const at = stops.indexOf(document.activeElement as HTMLElement);
    stops[nextStop(stops.length, at, event.shiftKey)]!.focus();
  };
}
