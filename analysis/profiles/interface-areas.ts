/**
 * How the views (the app, the HTML report) draw a platform's interface areas. Pure: the UI
 * imports it too.
 */

/**
 * 9:16 within a few percent (1080×1920, 720×1280, 1080×1918…): the frames a platform shows full
 * screen, on which its interface areas are drawn.
 */
export const isFullScreenVertical = (width: number, height: number): boolean =>
  height > 0 && Math.abs(width / height - 9 / 16) <= 0.03;

/** Which areas the safe-zones check found busy in a window, read from its `details.zones`. */
export function busyAreas(details: Record<string, unknown> | undefined, window: 'opening' | 'ending'): Set<string> {
  const zones = (details?.zones ?? []) as Array<{ id: string; window: string; busy: boolean }>;
  return new Set(zones.filter((z) => z.window === window && z.busy).map((z) => z.id));
}
