import { pixelLayout } from './color.js';
import type { Measurements } from './types.js';

/**
 * Measurements stored by an earlier analyser version lack the fields added since (colour, audio
 * tracks, unmeasured passes). Re-scoring an old run fills them with what can be derived, so every
 * check runs on a complete object and old history stays viewable.
 */
export function withCurrentFields(m: Measurements): Measurements {
  const partial = m as Partial<Measurements> & Measurements;
  if (partial.color && partial.audioTracks && partial.unmeasured && partial.audio.decodedSec !== undefined) return m;
  const layout = pixelLayout(m.pixelFormat ?? undefined);
  return {
    ...m,
    color: partial.color ?? { primaries: null, transfer: null, matrix: null, range: null, ...layout, hdr: null },
    audioTracks:
      partial.audioTracks ??
      (m.audio.present
        ? [
            {
              track: 1,
              codec: m.audio.codec ?? 'unknown',
              language: null,
              isDefault: true,
              maxVolumeDb: m.audio.maxVolumeDb,
              silent: m.audio.silent,
            },
          ]
        : []),
    unmeasured: partial.unmeasured ?? {},
    audio: { ...m.audio, decodedSec: m.audio.decodedSec ?? null },
  };
}
