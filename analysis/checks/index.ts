import { audioCheck } from './audio.js';
import { captionCheck } from './caption.js';
import { durationCheck } from './duration.js';
import { hookCheck } from './hook.js';
import type { CheckId } from './ids.js';
import { CHECK_IDS } from './ids.js';
import { integrityCheck } from './integrity.js';
import { loopCheck } from './loop.js';
import { safeZonesCheck } from './safe-zones.js';
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

/**
 * The check registry: one entry per check id (a missing or extra one is a compile error). The CLI
 * table, the scoring, the reports and the UI all read checks from here; order is CHECK_IDS'.
 */
const REGISTRY: { readonly [Id in CheckId]: Check & { id: Id } } = {
  duration: durationCheck,
  hook: hookCheck,
  loop: loopCheck,
  audio: audioCheck,
  integrity: integrityCheck,
  'spec.container': containerCheck,
  'spec.video-codec': videoCodecCheck,
  'spec.resolution': resolutionCheck,
  'spec.aspect-ratio': aspectRatioCheck,
  'spec.frame-rate': frameRateCheck,
  'spec.bitrate': bitrateCheck,
  'spec.file-size': fileSizeCheck,
  'spec.pixel-format': pixelFormatCheck,
  'spec.audio-codec': audioCodecCheck,
  caption: captionCheck,
  'safe-zones': safeZonesCheck,
};

export const CHECKS: readonly Check[] = CHECK_IDS.map((id) => REGISTRY[id]);

export function checkById(id: CheckId): Check {
  return REGISTRY[id];
}

export { CHECK_IDS, type CheckId } from './ids.js';
export type { Check, CheckResult, CheckStatus } from './types.js';
