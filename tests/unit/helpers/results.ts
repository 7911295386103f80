import type { FileResult } from '../../../analysis/batch/types.js';
import type { MediaErrorCode } from '../../../analysis/media/errors.js';
import type { Profile } from '../../../analysis/profiles/types.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { scoreDraft } from '../../../analysis/score.js';
import { makeMeasurements, type MeasurementOverrides } from './measurements.js';

/** An analysed file scored for real against a profile (TikTok unless given). */
export function analyzed(
  path: string,
  overrides: MeasurementOverrides = {},
  profile: Profile = getProfile('tiktok'),
): FileResult {
  const measurements = makeMeasurements(overrides);
  return { path, status: 'analyzed', measurements, scorecard: scoreDraft(measurements, profile) };
}

export function errored(
  path: string,
  code: MediaErrorCode = 'truncated',
  message = 'The file is incomplete.',
): FileResult {
  return { path, status: 'error', error: { code, message } };
}

/** Drafts whose TikTok verdict is pass, warn (25 s, outside the sweet spot) and fail (0.5 s, below the minimum). */
export const passing = (path = '/drafts/pass.mp4'): FileResult => analyzed(path);
export const warning = (path = '/drafts/warn.mp4'): FileResult =>
  analyzed(path, { durationSec: 25, decode: { declaredDurationSec: 25, decodedDurationSec: 25 } });
export const failing = (path = '/drafts/fail.mp4'): FileResult =>
  analyzed(path, { durationSec: 0.5, decode: { declaredDurationSec: 0.5, decodedDurationSec: 0.5 } });
