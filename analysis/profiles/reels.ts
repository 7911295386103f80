import { REELS_CAPTION } from './caption-rules.js';
import { REELS_ZONES } from './safe-zone-areas.js';
import {
  DECK_COMPLETION_BANDS,
  DECK_SOURCES,
  DEFAULT_AUDIO,
  DEFAULT_HOOK,
  DEFAULT_LOOP,
  GB,
  HDR_META_SOURCE,
  LOUDNESS_ASSUMPTION,
} from './shared-targets.js';
import type { Profile } from './types.js';

export const reels: Profile = {
  id: 'reels',
  name: 'Instagram Reels',
  description: 'Instagram Reel (Meta publishing rules).',
  sources: [
    {
      covers: 'MP4/MOV, H.264/HEVC, 4:2:0, ≤25 Mbps, AAC ≤48 kHz, 23–60 fps, 3 s–15 min',
      source: "Meta's Reels publishing requirements as restated by third-party guides",
      checked: '2026-11-22',
    },
    HDR_META_SOURCE,
    ...DECK_SOURCES,
  ],
  assumptions: [
    LOUDNESS_ASSUMPTION,
    "Sweet spot and completion bands are TikTok's guidance (from the TikTok deck): Meta publishes no figure for Reels.",
  ],
  duration: {
    borrowedGuidance: "TikTok's guidance; no published figure for Reels",
    sweetSpotSec: [13, 17],
    minSec: 3,
    maxSec: 900,
    bands: DECK_COMPLETION_BANDS,
  },
  hook: DEFAULT_HOOK,
  loop: DEFAULT_LOOP,
  audio: DEFAULT_AUDIO,
  caption: REELS_CAPTION,
  safeZones: REELS_ZONES,
  spec: {
    containers: ['mp4', 'mov'],
    videoCodecs: ['h264', 'hevc'],
    acceptedVideoCodecs: [],
    minSidePx: 360,
    maxSidePx: 4096,
    recommendedWidth: 1080,
    recommendedHeight: 1920,
    aspectRatios: [
      { label: '9:16', ratio: 9 / 16, status: 'pass', note: 'full-screen vertical', noteKey: 'fullScreenVertical' },
      {
        label: '4:5',
        ratio: 4 / 5,
        status: 'warn',
        note: 'cropped to 9:16 in the Reels tab',
        noteKey: 'croppedInReelsTab',
      },
      { label: '1:1', ratio: 1, status: 'warn', note: 'shown with bars in the Reels tab', noteKey: 'barsInReelsTab' },
      {
        label: '16:9',
        ratio: 16 / 9,
        status: 'warn',
        note: 'letterboxed landscape in the Reels tab',
        noteKey: 'landscapeInReelsTab',
      },
    ],
    aspectTolerance: 0.02,
    minFps: 23,
    maxFps: 60,
    minBitrateKbps: null,
    warnBelowBitrateKbps: 1500,
    recommendedBitrateKbps: [8000, 12_000],
    maxBitrateKbps: 25_000,
    maxFileSizeBytes: 4 * GB,
    pixelFormats: ['yuv420p', 'yuvj420p'],
    hdr: 'tone-mapped',
    audioCodecs: ['aac'],
    acceptedAudioCodecs: [],
  },
};
