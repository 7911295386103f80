import { audioCheck } from './audio.js';
import { durationCheck } from './duration.js';
import { hookCheck } from './hook.js';
import { integrityCheck } from './integrity.js';
import { loopCheck } from './loop.js';
import { aspectRatioCheck } from './spec/aspect-ratio.js';
import { audioCodecCheck } from './spec/audio-codec.js';
import { bitrateCheck } from './spec/bitrate.js';
import { containerCheck } from './spec/container.js';
import { fileSizeCheck } from './spec/file-size.js';
import { frameRateCheck } from './spec/frame-rate.js';
import { pixelFormatCheck } from './spec/pixel-format.js';
import { resolutionCheck } from './spec/resolution.js';
import { videoCodecCheck } from './spec/video-codec.js';
import type { Check } from './types.js';

/** Order is the order of columns in the CLI table and of findings in reports. */
export const CHECKS: readonly Check[] = [
  durationCheck,
  hookCheck,
  loopCheck,
  audioCheck,
  integrityCheck,
  containerCheck,
  videoCodecCheck,
  resolutionCheck,
  aspectRatioCheck,
  frameRateCheck,
  bitrateCheck,
  fileSizeCheck,
  pixelFormatCheck,
  audioCodecCheck,
];

export type { Check, CheckResult, CheckStatus } from './types.js';
