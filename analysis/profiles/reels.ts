import { DECK_COMPLETION_BANDS, DECK_SOURCES, DEFAULT_AUDIO, DEFAULT_HOOK, DEFAULT_LOOP, DEFAULT_WEIGHTS, GB, LOUDNESS_ASSUMPTION } from './shared-targets.js';
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
    ...DECK_SOURCES,
  ],
  assumptions: [LOUDNESS_ASSUMPTION, 'Completion bands come from the TikTok deck and are applied to Reels as the closest published guidance.'],
  duration: { sweetSpotSec: [13, 17], minSec: 3, maxSec: 900, bands: DECK_COMPLETION_BANDS },
  hook: DEFAULT_HOOK,
  loop: DEFAULT_LOOP,
  audio: DEFAULT_AUDIO,
  spec: {
    containers: ['mp4', 'mov'],
    videoCodecs: ['h264', 'hevc'],
    acceptedVideoCodecs: [],
    minSidePx: 360,
    maxSidePx: 4096,
    recommendedWidth: 1080,
    recommendedHeight: 1920,
    aspectRatios: [
      { label: '9:16', ratio: 9 / 16, status: 'pass', note: 'full-screen vertical' },
      { label: '4:5', ratio: 4 / 5, status: 'warn', note: 'cropped to 9:16 in the Reels tab' },
      { label: '1:1', ratio: 1, status: 'warn', note: 'shown with bars in the Reels tab' },
      { label: '16:9', ratio: 16 / 9, status: 'warn', note: 'landscape: letterboxed in the Reels tab' },
    ],
    aspectTolerance: 0.02,
    minFps: 23,
    maxFps: 60,
    minBitrateKbps: null,
    warnBelowBitrateKbps: 1500,
    maxBitrateKbps: 25_000,
    maxFileSizeBytes: 4 * GB,
    pixelFormats: ['yuv420p', 'yuvj420p'],
    audioCodecs: ['aac'],
    acceptedAudioCodecs: [],
  },
  advisoryChecks: ['loop'],
  weights: DEFAULT_WEIGHTS,
};
