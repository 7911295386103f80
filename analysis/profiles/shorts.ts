import { DECK_COMPLETION_BANDS, DECK_SOURCES, DEFAULT_AUDIO, DEFAULT_HOOK, DEFAULT_LOOP, DEFAULT_WEIGHTS, GB, LOUDNESS_ASSUMPTION } from './shared-targets.js';
import type { Profile } from './types.js';

export const shorts: Profile = {
  id: 'shorts',
  name: 'YouTube Shorts',
  description: 'YouTube Short (vertical or square, up to 3 minutes).',
  sources: [
    { covers: 'vertical or square, up to 3 min', source: 'YouTube Help, "Upload YouTube Shorts"', checked: '2026-11-22' },
    ...DECK_SOURCES,
  ],
  assumptions: [
    LOUDNESS_ASSUMPTION,
    'YouTube accepts most containers and codecs; H.264 + AAC in MP4 is checked as the safe choice.',
    'Completion bands come from the TikTok deck and are applied to Shorts as the closest published guidance.',
  ],
  duration: { sweetSpotSec: [13, 17], minSec: 1, maxSec: 180, bands: DECK_COMPLETION_BANDS },
  hook: DEFAULT_HOOK,
  loop: DEFAULT_LOOP,
  audio: DEFAULT_AUDIO,
  spec: {
    containers: ['mp4', 'mov', 'webm', 'mkv'],
    videoCodecs: ['h264', 'hevc', 'vp9', 'av1'],
    acceptedVideoCodecs: ['vp8', 'mpeg4', 'prores'],
    minSidePx: 240,
    maxSidePx: 8192,
    recommendedWidth: 1080,
    recommendedHeight: 1920,
    aspectRatios: [
      { label: '9:16', ratio: 9 / 16, status: 'pass', note: 'full-screen vertical' },
      { label: '1:1', ratio: 1, status: 'pass', note: 'square is accepted as a Short' },
      { label: '4:5', ratio: 4 / 5, status: 'warn', note: 'shown with bars' },
      { label: '16:9', ratio: 16 / 9, status: 'fail', note: 'landscape uploads are not Shorts' },
    ],
    aspectTolerance: 0.02,
    minFps: 23,
    maxFps: 60,
    minBitrateKbps: null,
    warnBelowBitrateKbps: 1500,
    maxBitrateKbps: null,
    maxFileSizeBytes: 256 * GB,
    pixelFormats: ['yuv420p', 'yuvj420p'],
    audioCodecs: ['aac', 'opus'],
    acceptedAudioCodecs: ['mp3', 'vorbis'],
  },
  advisoryChecks: ['loop'],
  weights: DEFAULT_WEIGHTS,
};
