import { TIKTOK_CAPTION } from './caption-rules.js';
import { TIKTOK_ZONES } from './safe-zone-areas.js';
import {
  DECK_COMPLETION_BANDS,
  DECK_SOURCES,
  DEFAULT_AUDIO,
  DEFAULT_HOOK,
  DEFAULT_LOOP,
  GB,
  HDR_TONE_MAPPED_SOURCE,
  LOUDNESS_ASSUMPTION,
} from './shared-targets.js';
import type { Profile } from './types.js';

export const tiktok: Profile = {
  id: 'tiktok',
  name: 'TikTok',
  description: 'Organic TikTok post (upload from the app or the Content Posting API).',
  sources: [
    {
      covers: 'containers, codecs, 23–60 fps, 360–4096 px, ≤4 GB, ≤10 min',
      source: 'TikTok for Developers, Content Posting API — Media transfer guide, "Video restrictions"',
      checked: '2026-11-22',
    },
    {
      covers: 'recommended 1080×1920, 30 fps, H.264 + AAC',
      source: 'third-party upload guides (not published by TikTok)',
      checked: '2026-11-22',
    },
    HDR_TONE_MAPPED_SOURCE,
    ...DECK_SOURCES,
  ],
  assumptions: [
    LOUDNESS_ASSUMPTION,
    'A bitrate under 1.5 Mbps at 1080×1920 tends to look blocky after TikTok re-encodes it (rule of thumb, not published).',
  ],
  duration: { borrowedGuidance: null, sweetSpotSec: [13, 17], minSec: 1, maxSec: 600, bands: DECK_COMPLETION_BANDS },
  hook: DEFAULT_HOOK,
  loop: DEFAULT_LOOP,
  audio: DEFAULT_AUDIO,
  caption: TIKTOK_CAPTION,
  safeZones: TIKTOK_ZONES,
  spec: {
    containers: ['mp4', 'webm', 'mov'],
    videoCodecs: ['h264'],
    acceptedVideoCodecs: ['hevc', 'vp8', 'vp9'],
    minSidePx: 360,
    maxSidePx: 4096,
    recommendedWidth: 1080,
    recommendedHeight: 1920,
    aspectRatios: [
      { label: '9:16', ratio: 9 / 16, status: 'pass', note: 'full-screen vertical', noteKey: 'fullScreenVertical' },
      { label: '1:1', ratio: 1, status: 'warn', note: 'shown with bars above and below', noteKey: 'barsAboveAndBelow' },
      {
        label: '4:5',
        ratio: 4 / 5,
        status: 'warn',
        note: 'shown with bars above and below',
        noteKey: 'barsAboveAndBelow',
      },
      {
        label: '16:9',
        ratio: 16 / 9,
        status: 'warn',
        note: 'letterboxed landscape, filling about a third of the screen',
        noteKey: 'landscapeLetterboxed',
      },
    ],
    aspectTolerance: 0.02,
    minFps: 23,
    maxFps: 60,
    minBitrateKbps: null,
    warnBelowBitrateKbps: 1500,
    recommendedBitrateKbps: [8000, 12_000],
    maxBitrateKbps: null,
    maxFileSizeBytes: 4 * GB,
    pixelFormats: ['yuv420p', 'yuvj420p'],
    hdr: 'tone-mapped',
    audioCodecs: ['aac'],
    acceptedAudioCodecs: ['mp3', 'opus', 'vorbis'],
  },
};
