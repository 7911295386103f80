import { SHORTS_CAPTION } from './caption-rules.js';
import { SHORTS_ZONES } from './safe-zone-areas.js';
import {
  DECK_COMPLETION_BANDS,
  DECK_SOURCES,
  DEFAULT_AUDIO,
  DEFAULT_HOOK,
  DEFAULT_LOOP,
  GB,
  HDR_NATIVE_SOURCE,
  LOUDNESS_ASSUMPTION,
} from './shared-targets.js';
import type { Profile } from './types.js';

export const shorts: Profile = {
  id: 'shorts',
  name: 'YouTube Shorts',
  description: 'YouTube Short (vertical or square, up to 3 minutes).',
  sources: [
    {
      covers: 'vertical or square, up to 3 min',
      source: 'YouTube Help, "Upload YouTube Shorts"',
      checked: '2026-11-22',
    },
    HDR_NATIVE_SOURCE,
    ...DECK_SOURCES,
  ],
  assumptions: [
    LOUDNESS_ASSUMPTION,
    'YouTube accepts most containers and codecs; H.264 + AAC in MP4 is checked as the safe choice.',
    "Sweet spot and completion bands are TikTok's guidance (from the TikTok deck): YouTube publishes no figure for Shorts.",
  ],
  duration: {
    borrowedGuidance: "TikTok's guidance; no published figure for Shorts",
    sweetSpotSec: [13, 17],
    minSec: 1,
    maxSec: 180,
    bands: DECK_COMPLETION_BANDS,
  },
  hook: DEFAULT_HOOK,
  loop: DEFAULT_LOOP,
  audio: DEFAULT_AUDIO,
  caption: SHORTS_CAPTION,
  safeZones: SHORTS_ZONES,
  spec: {
    containers: ['mp4', 'mov', 'webm', 'mkv'],
    videoCodecs: ['h264', 'hevc', 'vp9', 'av1'],
    acceptedVideoCodecs: ['vp8', 'mpeg4', 'prores'],
    minSidePx: 240,
    maxSidePx: 8192,
    recommendedWidth: 1080,
    recommendedHeight: 1920,
    aspectRatios: [
      { label: '9:16', ratio: 9 / 16, status: 'pass', note: 'full-screen vertical', noteKey: 'fullScreenVertical' },
      { label: '1:1', ratio: 1, status: 'pass', note: 'square is accepted as a Short', noteKey: 'squareIsAShort' },
      { label: '4:5', ratio: 4 / 5, status: 'warn', note: 'shown with bars', noteKey: 'bars' },
      {
        label: '16:9',
        ratio: 16 / 9,
        status: 'fail',
        note: 'landscape uploads are not Shorts',
        noteKey: 'landscapeIsNotAShort',
      },
    ],
    aspectTolerance: 0.02,
    minFps: 23,
    maxFps: 60,
    minBitrateKbps: null,
    warnBelowBitrateKbps: 1500,
    recommendedBitrateKbps: [8000, 12_000],
    maxBitrateKbps: null,
    maxFileSizeBytes: 256 * GB,
    pixelFormats: ['yuv420p', 'yuvj420p'],
    hdr: 'native',
    audioCodecs: ['aac', 'opus'],
    acceptedAudioCodecs: ['mp3', 'vorbis'],
  },
};
