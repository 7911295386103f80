import type { DetailMeasurement } from './detail.js';
/**
 * Measurements: everything the checks need, produced by decoding once. Plain JSON (stored in the
 * cache and printed in the public contract), so only numbers, strings, booleans, arrays and null.
 */
export interface Measurements {
  durationSec: number;
  width: number;
  height: number;
  storedWidth: number;
  storedHeight: number;
  rotation: number;
  fps: number | null;
  variableFrameRate: boolean;
  container: string;
  videoCodec: string;
  videoProfile: string | null;
  pixelFormat: string | null;
  bitrateKbps: number | null;
  fileSizeBytes: number;
  /** The container's own tags (title, artist, comment, encoder…), as written by the editing app. */
  metadata: Record<string, string>;
  /** How the picture's colour is encoded: bit depth and HDR. */
  color: ColorMeasurement;
  /** The first audio track: the one the platforms play. */
  audio: AudioMeasurement;
  /** Every audio track in file order (the first is `audio`); empty without audio. */
  audioTracks: AudioTrackMeasurement[];
  hook: HookMeasurement;
  loop: LoopMeasurement;
  decode: DecodeMeasurement;
  /** Where the opening and the ending hold detail, for the interface-area check (absent before analyser version 4). */
  detail?: DetailMeasurement;
  /**
   * Passes that could not be made, with the reason in plain words. Their checks say so and are
   * never a clean pass; the rest of the scorecard stands.
   */
  unmeasured: Partial<Record<MeasurementPass, string>>;
}

export type MeasurementPass = 'opening' | 'ending' | 'audio';

export interface ColorMeasurement {
  primaries: string | null;
  transfer: string | null;
  matrix: string | null;
  range: string | null;
  bitDepth: number | null;
  /** Chroma layout of YUV pictures ('4:2:0', '4:2:2', '4:4:4'…); 'rgb' for RGB/paletted; null when unknown. */
  chroma: string | null;
  /** The picture carries transparency (QuickTime Animation, PNG with alpha…). */
  alpha: boolean;
  /** HDR transfer: PQ (HDR10, Dolby Vision base) or HLG (phones' default), null for SDR. */
  hdr: 'pq' | 'hlg' | null;
}

export interface AudioTrackMeasurement {
  /** 1-based position among the audio tracks, as players number them. */
  track: number;
  codec: string;
  language: string | null;
  isDefault: boolean;
  /** Loudest sample (dBFS); null when the track could not be read. */
  maxVolumeDb: number | null;
  silent: boolean | null;
}

export interface AudioMeasurement {
  present: boolean;
  codec: string | null;
  sampleRate: number | null;
  channels: number | null;
  /** No audible sample at all (digital silence or below the audibility floor). */
  silent: boolean;
  integratedLufs: number | null;
  truePeakDbtp: number | null;
  maxVolumeDb: number | null;
  /** First moment the track is above the silence threshold; null when it never is. */
  firstSoundSec: number | null;
  /** Share (0–1) of the track that is silence. */
  silenceShare: number | null;
  /** Momentary loudness (EBU R128, 400 ms) over time, the loudest value per step; -70 is the gate (silence). */
  loudnessCurve: { stepSec: number; momentaryLufs: number[] } | null;
  /** How much of the track decoded (seconds); loudness needs at least a few hundred ms. */
  decodedSec: number | null;
}

export interface HookMeasurement {
  windowSec: number;
  /** Mean frame-to-frame change (0–1, share of full luma range) over the window. */
  motion: number;
  cutsSec: number[];
  firstChangeSec: number | null;
  /** How long the opening shows no change (black, blank or frozen). */
  staticOpeningSec: number;
  blackOpeningSec: number;
  /** Evidence for the UI and reports: per-frame change over the window. */
  curve: { tSec: number[]; change: number[] };
}

export interface LoopMeasurement {
  /** SSIM of last frame vs first frame (0–1). */
  seamSimilarity: number;
  /** Mean luma change across the seam (0–1). */
  seamChange: number;
  /** Typical frame-to-frame change near the end and start (median, 0–1). */
  normalChange: number;
  /** First or last frame is blank (black / a flat colour), e.g. a fade from and to black. */
  edgesUniform: boolean;
  firstFrameUniform: boolean;
  lastFrameUniform: boolean;
}

export interface DecodeMeasurement {
  declaredDurationSec: number;
  /** How far the file really decodes; shorter than declared means truncated. */
  decodedDurationSec: number | null;
  /** Decoder complaints seen on stderr during the passes. */
  errorCount: number;
  firstError: string | null;
}
