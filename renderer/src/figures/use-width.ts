import { useLayoutEffect, useState } from 'react';

/**
 * The width an element is laid out at, in CSS pixels, followed as the window or the card resizes.
 * A figure whose viewBox is this wide is drawn at 1:1, so its labels keep the stylesheet's size:
 * scaled down with the whole figure, 11 px text shrinks to about 6 px in an 800 px window.
 * `fallback` stands until the element is measured (and where nothing is laid out, as in tests).
 * Pass the returned callback as the element's `ref`.
 */
export function useWidth<T extends Element>(fallback: number): [(element: T | null) => void, number] {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState(fallback);
  // Before paint: the first frame is already drawn at the measured width.
  useLayoutEffect(() => {
    if (!element) return;
    const measure = (measured: number): void => {
      if (measured > 0) setWidth(Math.round(measured));
    };
    measure(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => measure(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}
