/**
 * 9:16 within a few percent (1080×1920, 720×1280, 1080×1918…): the frames a platform shows full
 * screen, on which its interface areas are drawn. Pure: the UI imports it too.
 */
export const isFullScreenVertical = (width: number, height: number): boolean =>
  height > 0 && Math.abs(width / height - 9 / 16) <= 0.03;
