import { pixelLayout } from '../../../analysis/measure/color.js';
import type {
  AudioMeasurement,
  ColorMeasurement,
  DecodeMeasurement,
  HookMeasurement,
  LoopMeasurement,
  Measurements,
} from '../../../analysis/measure/types.js';

export type MeasurementOverrides = Partial<Omit<Measurements, 'audio' | 'hook' | 'loop' | 'decode' | 'color'>> & {
  color?: Partial<ColorMeasurement>;
  audio?: Partial<AudioMeasurement>;
  hook?: Partial<HookMeasurement>;
  loop?: Partial<LoopMeasurement>;
  decode?: Partial<DecodeMeasurement>;
};

/**
 * A complete, valid draft that passes every check: 15 s, 1080×1920, 30 fps constant, H.264 yuv420p
 * in MP4 at 8 Mbps, AAC stereo at −14 LUFS, a moving opening and a seamless loop. Nested groups
 * (audio, hook, loop, decode, color) are merged field by field, so a test names only what it changes.
 */
export function makeMeasurements(overrides: MeasurementOverrides = {}): Measurements {
  const { audio, hook, loop, decode, color, ...top } = overrides;
  const base: Measurements = {
    durationSec: 15,
    width: 1080,
    height: 1920,
    storedWidth: 1080,
    storedHeight: 1920,
    rotation: 0,
    fps: 30,
    variableFrameRate: false,
    container: 'mp4',
    videoCodec: 'h264',
    videoProfile: 'High',
    pixelFormat: 'yuv420p',
    bitrateKbps: 8000,
    fileSizeBytes: 15_000_000,
    metadata: { title: 'Draft', encoder: 'Lavf58.12.100' },
    audio: {
      present: true,
      codec: 'aac',
      sampleRate: 48_000,
      channels: 2,
      silent: false,
      integratedLufs: -14,
      truePeakDbtp: -1.5,
      maxVolumeDb: -1.6,
      firstSoundSec: 0,
      silenceShare: 0,
      loudnessCurve: { stepSec: 0.5, momentaryLufs: Array.from({ length: 30 }, (_, i) => -14 + (i % 3)) },
      decodedSec: 15,
    },
    audioTracks: [{ track: 1, codec: 'aac', language: 'und', isDefault: true, maxVolumeDb: -1.6, silent: false }],
    color: {
      primaries: 'bt709',
      transfer: 'bt709',
      matrix: 'bt709',
      range: 'tv',
      bitDepth: 8,
      chroma: '4:2:0',
      alpha: false,
      hdr: null,
    },
    hook: {
      windowSec: 3,
      motion: 0.05,
      cutsSec: [],
      firstChangeSec: 0.033,
      staticOpeningSec: 0,
      blackOpeningSec: 0,
      curve: { tSec: [0.033, 0.067, 0.1], change: [0.02, 0.02, 0.02] },
    },
    loop: {
      seamSimilarity: 0.99,
      seamChange: 0.01,
      normalChange: 0.01,
      edgesUniform: false,
      firstFrameUniform: false,
      lastFrameUniform: false,
    },
    decode: {
      declaredDurationSec: 15,
      decodedDurationSec: 15,
      errorCount: 0,
      firstError: null,
    },
    unmeasured: {},
  };
  return {
    ...base,
    ...top,
    audio: { ...base.audio, ...audio },
    hook: { ...base.hook, ...hook },
    loop: { ...base.loop, ...loop },
    // A file decodes to the duration it declares unless a test says otherwise, as real files do.
    decode: {
      ...base.decode,
      ...(top.durationSec !== undefined
        ? { declaredDurationSec: top.durationSec, decodedDurationSec: top.durationSec }
        : {}),
      ...decode,
    },
    // The colour block follows the pixel format unless a test sets it, as it does in real measurements.
    color: {
      ...base.color,
      ...(top.pixelFormat !== undefined ? pixelLayout(top.pixelFormat ?? undefined) : {}),
      ...color,
    },
  };
}
