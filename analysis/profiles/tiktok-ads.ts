import {
  DECK_COMPLETION_BANDS,
  DECK_SOURCES,
  DEFAULT_AUDIO,
  DEFAULT_HOOK,
  DEFAULT_LOOP,
  HDR_TONE_MAPPED_SOURCE,
  LOUDNESS_ASSUMPTION,
  MB,
} from './shared-targets.js';
import type { Profile } from './types.js';

export const tiktokAds: Profile = {
  id: 'tiktok-ads',
  name: 'TikTok Ads (In-Feed)',
  description: 'TikTok Auction In-Feed Ads creative.',
  sources: [
    {
      covers:
        '9:16 ≥540×960, 16:9 ≥960×540, 1:1 ≥640×640; mp4/mov/mpeg/3gp/avi; ≤500 MB; ≥516 kbps; 5–60 s (21–34 s recommended)',
      source: 'TikTok Ads Manager help, "Auction In-Feed Ads" specifications (page updated Oct 2024)',
      checked: '2026-11-22',
    },
    HDR_TONE_MAPPED_SOURCE,
    ...DECK_SOURCES,
  ],
  assumptions: [LOUDNESS_ASSUMPTION, 'Video codecs are not listed for ads; H.264 is assumed as for organic posts.'],
  duration: { borrowedGuidance: null, sweetSpotSec: [13, 17], minSec: 5, maxSec: 60, bands: DECK_COMPLETION_BANDS },
  hook: DEFAULT_HOOK,
  loop: DEFAULT_LOOP,
  audio: DEFAULT_AUDIO,
  spec: {
    containers: ['mp4', 'mov', 'mpeg', '3gp', 'avi'],
    videoCodecs: ['h264'],
    acceptedVideoCodecs: ['hevc'],
    minSidePx: 540,
    maxSidePx: 4096,
    recommendedWidth: 1080,
    recommendedHeight: 1920,
    aspectRatios: [
      { label: '9:16', ratio: 9 / 16, status: 'pass', minWidth: 540, minHeight: 960, note: 'full-screen vertical' },
      { label: '1:1', ratio: 1, status: 'pass', minWidth: 640, minHeight: 640, note: 'accepted for In-Feed Ads' },
      { label: '16:9', ratio: 16 / 9, status: 'pass', minWidth: 960, minHeight: 540, note: 'accepted for In-Feed Ads' },
    ],
    aspectTolerance: 0.02,
    minFps: 23,
    maxFps: 60,
    minBitrateKbps: 516,
    warnBelowBitrateKbps: 1500,
    recommendedBitrateKbps: [8000, 12_000],
    maxBitrateKbps: null,
    maxFileSizeBytes: 500 * MB,
    pixelFormats: ['yuv420p', 'yuvj420p'],
    hdr: 'tone-mapped',
    audioCodecs: ['aac'],
    acceptedAudioCodecs: ['mp3'],
  },
};
