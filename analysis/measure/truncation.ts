import type { DecodeMeasurement } from './types.js';

/** Half a second, or 2 % of a long file: container durations are rounded and audio may run a little past the picture. */
export function truncationTolerance(declaredSec: number): number {
  return Math.max(0.5, declaredSec * 0.02);
}

/** The file plays for less than it declares: an export or copy that was cut short. */
export function isCutShort(decode: DecodeMeasurement): boolean {
  return (
    decode.decodedDurationSec !== null &&
    decode.decodedDurationSec < decode.declaredDurationSec - truncationTolerance(decode.declaredDurationSec)
  );
}

/** The length the platform will see: what decodes when the file is cut short, else what it declares. */
export function playableDurationSec(durationSec: number, decode: DecodeMeasurement): number {
  return isCutShort(decode) ? decode.decodedDurationSec! : durationSec;
}
