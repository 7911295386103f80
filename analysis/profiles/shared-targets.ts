import type { CompletionBand, Profile } from './types.js';

/**
 * Completion bands from the "TikTok per le aziende" deck (seeds/001): <13 s → 100 %+,
 * 14–20 s → 85 %+, 21–40 s → 70 %+, >40 s → 50 %+, made contiguous.
 */
export const DECK_COMPLETION_BANDS: CompletionBand[] = [
  { fromSec: 0, toSec: 13, requiredCompletion: 1.0 },
  { fromSec: 13, toSec: 20, requiredCompletion: 0.85 },
  { fromSec: 20, toSec: 40, requiredCompletion: 0.7 },
  { fromSec: 40, toSec: null, requiredCompletion: 0.5 },
];

export const DECK_SOURCES = [
  {
    covers: 'sweet spot 13–17 s, completion bands',
    source: "'TikTok per le aziende' training deck (ASSEPRIM), slide 'Completion Rate'",
    checked: '2026-11-22',
  },
  {
    covers: 'hook in the first 2–3 s',
    source: "'TikTok Marketing' and 'TikTok per le aziende' training decks",
    checked: '2026-11-22',
  },
];

export const LOUDNESS_ASSUMPTION =
  'Loudness is not published by the platforms: -14.0 LUFS integrated and -1.0 dBTP true peak are the targets third-party guides quote; a true peak above +1.0 dBTP is taken for clipping (a lossy encoder adds only tenths of a dB) and fails.';

export const DEFAULT_HOOK: Profile['hook'] = {
  windowSec: 3,
  attentionSec: 2,
  warnStaticOpeningSec: 0.5,
  minMotion: 0.005,
};

export const DEFAULT_LOOP: Profile['loop'] = {
  loopableSimilarity: 0.95,
  maxSeamToNormalRatio: 1.5,
  minSimilarityForRatio: 0.9,
  nearLoopSimilarity: 0.8,
};

export const DEFAULT_AUDIO: Profile['audio'] = {
  targetLufs: -14,
  quietBelowLufs: -20,
  loudAboveLufs: -9,
  maxTruePeakDbtp: -1,
  // +1 dBTP: above what a lossy encoder's own overshoot adds to a master limited at 0 dBFS (a few
  // tenths of a dB), so a peak past it means the sound itself was driven into clipping.
  clippingAboveDbtp: 1,
  maxFirstSoundSec: 2,
  maxSilenceShare: 0.5,
};

/** Decimal, as the platforms state their limits: 500 MB = 500,000,000 bytes. */
export const GB = 1e9;
export const MB = 1e6;

/** 10-bit and HDR: what the platforms say about them, one source per stance. */
export const HDR_TONE_MAPPED_SOURCE = {
  covers: '10-bit / HDR: not among the listed upload formats; the app converts HDR to SDR on upload',
  source:
    'TikTok for Developers, "Video restrictions" (lists no HDR format); tone-mapping as observed by third-party guides',
  checked: '2026-11-23',
};
export const HDR_NATIVE_SOURCE = {
  covers: '10-bit HDR uploads (HLG and PQ, Rec. 2020)',
  source: 'YouTube Help, "Upload High Dynamic Range (HDR) videos"',
  checked: '2026-11-23',
};
export const HDR_META_SOURCE = {
  covers: '8-bit 4:2:0 (HDR is converted to SDR for Reels)',
  source: "Meta's Reels publishing requirements as restated by third-party guides",
  checked: '2026-11-23',
};
