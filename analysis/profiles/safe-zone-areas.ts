import type { ProfileSource, SafeZones } from './types.js';

/**
 * The parts of a 9:16 frame each platform's interface covers, as fractions of the frame (x to the
 * right, y down). No platform publishes them for organic posts: they are assumptions, with sources.
 */
const TIKTOK_SOURCE: ProfileSource = {
  covers: 'interface areas: top 150 px, bottom 440 px, right 150 px of 1080×1920 (assumption)',
  source:
    'third-party TikTok safe-zone templates (see DOMAIN.md); TikTok publishes none for organic posts. Third parties disagree by tens of pixels.',
  checked: '2026-11-23',
};

const REELS_SOURCE: ProfileSource = {
  covers: 'interface areas: top 14 %, bottom 35 %, right 6 % (assumption)',
  source:
    "Meta's Reels ads safe-zone guidance (keep 14 % at the top, 35 % at the bottom and 6 % at the sides free of text), as restated by third parties; used for organic Reels too.",
  checked: '2026-11-23',
};

const SHORTS_SOURCE: ProfileSource = {
  covers: 'interface areas: top 15 %, bottom 25 %, right 12 % (assumption)',
  source:
    'third-party YouTube Shorts safe-zone templates; YouTube publishes none. The title, channel and buttons sit at the bottom and right.',
  checked: '2026-11-23',
};

/** Busy detail: at least this much edge energy in an area, and this many times the rest of the picture's. */
const THRESHOLDS = { minDetail: 8, busyRatio: 2 };

export const TIKTOK_ZONES: SafeZones = {
  zones: [
    { id: 'top', x0: 0, y0: 0, x1: 1, y1: 150 / 1920 },
    { id: 'bottom', x0: 0, y0: 1 - 440 / 1920, x1: 1, y1: 1 },
    { id: 'right', x0: 1 - 150 / 1080, y0: 150 / 1920, x1: 1, y1: 1 - 440 / 1920 },
  ],
  ...THRESHOLDS,
  source: TIKTOK_SOURCE,
};

export const REELS_ZONES: SafeZones = {
  zones: [
    { id: 'top', x0: 0, y0: 0, x1: 1, y1: 0.14 },
    { id: 'bottom', x0: 0, y0: 0.65, x1: 1, y1: 1 },
    { id: 'right', x0: 0.94, y0: 0.14, x1: 1, y1: 0.65 },
  ],
  ...THRESHOLDS,
  source: REELS_SOURCE,
};

export const SHORTS_ZONES: SafeZones = {
  zones: [
    { id: 'top', x0: 0, y0: 0, x1: 1, y1: 0.15 },
    { id: 'bottom', x0: 0, y0: 0.75, x1: 1, y1: 1 },
    { id: 'right', x0: 0.88, y0: 0.15, x1: 1, y1: 0.75 },
  ],
  ...THRESHOLDS,
  source: SHORTS_SOURCE,
};
