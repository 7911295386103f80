import { createAudioFilterParser } from '../media/parse/audio-filters.js';
import { parseProgressTime } from '../media/parse/progress.js';
import { runFfmpeg } from '../media/run-ffmpeg.js';
import type { AudioStreamInfo } from '../media/parse/probe-json.js';
import { createDecodeErrorCounter } from './decode-errors.js';
import type { AudioMeasurement } from './types.js';
import { AUDIBLE_PEAK_DB } from './audible.js';

/** Below this a sample is silence (silencedetect) and a track whose peak stays below it is "silent". */
export const SILENCE_THRESHOLD_DB = -50;
export { AUDIBLE_PEAK_DB };
/** ebur128's absolute gate: an integrated figure at or below it means nothing was measured. */
const LUFS_GATE = -69.95;

export interface AudioPass {
  audio: AudioMeasurement;
  decodedEndSec: number | null;
  decodeErrors: number;
  firstDecodeError: string | null;
}

export function noAudio(): AudioMeasurement {
  return {
    present: false,
    codec: null,
    sampleRate: null,
    channels: null,
    silent: true,
    integratedLufs: null,
    truePeakDbtp: null,
    maxVolumeDb: null,
    firstSoundSec: null,
    silenceShare: null,
    loudnessCurve: null,
    decodedSec: null,
  };
}

/** At most ~300 points whatever the length, at least every 0.5 s: enough for a figure, small to store. */
export function loudnessCurve(
  momentary: ReadonlyArray<{ tSec: number; lufs: number }>,
  durationSec: number,
): AudioMeasurement['loudnessCurve'] {
  if (momentary.length === 0) return null;
  const stepSec = Math.max(0.5, Math.ceil(durationSec / 300 / 0.5) * 0.5);
  const buckets: number[] = [];
  for (const { tSec, lufs } of momentary) {
    const index = Math.max(0, Math.floor((tSec - 1e-6) / stepSec));
    const value = Math.max(-70, Number.isFinite(lufs) ? lufs : -70);
    buckets[index] = Math.max(buckets[index] ?? -70, value);
  }
  return { stepSec, momentaryLufs: Array.from(buckets, (v) => Math.round((v ?? -70) * 10) / 10) };
}

const finite = (value: number | undefined, digits = 1): number | null =>
  value === undefined || !Number.isFinite(value) ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * One pass over the first audio stream: EBU R128 loudness and true peak (ebur128), silences
 * (silencedetect) and sample peak (volumedetect). Audio decoding is cheap next to video, so the
 * whole track is read; that also tells how far the file really decodes.
 */
export async function measureAudio(
  path: string,
  stream: AudioStreamInfo,
  durationSec: number,
  options: { signal?: AbortSignal; timeoutMs: number; onProgress?: (sec: number) => void },
): Promise<AudioPass> {
  const parser = createAudioFilterParser();
  const errors = createDecodeErrorCounter();
  let decodedEndSec: number | null = null;
  await runFfmpeg({
    label: 'audio analysis',
    inputPath: path,
    outputOptions: [
      '-map',
      `0:${stream.index}`,
      '-vn',
      '-sn',
      '-dn',
      '-af',
      `ebur128=peak=true:framelog=info,silencedetect=noise=${SILENCE_THRESHOLD_DB}dB:duration=0.1,volumedetect`,
      '-f',
      'null',
    ],
    onStderrLine: (line) => {
      parser.push(line);
      const time = parseProgressTime(line);
      if (time !== null) {
        decodedEndSec = time;
        options.onProgress?.(time);
      } else errors.push(line);
    },
    signal: options.signal,
    timeoutMs: options.timeoutMs,
  });
  const report = parser.report();
  const end = decodedEndSec ?? durationSec;
  const silences = report.silences.map((s) => ({ start: s.startSec, end: s.endSec ?? end }));
  const silentTotal = silences.reduce((sum, s) => sum + Math.max(0, s.end - s.start), 0);
  const peak = report.maxVolumeDb;
  const silent = peak === undefined ? silentTotal >= end - 0.05 : peak <= AUDIBLE_PEAK_DB;
  const opening = silences[0] && silences[0].start <= 0.05 ? silences[0] : undefined;
  const firstSoundSec = silent ? null : opening ? (opening.end >= end - 0.01 ? null : opening.end) : 0;
  return {
    audio: {
      present: true,
      codec: stream.codec,
      sampleRate: stream.sampleRate ?? null,
      channels: stream.channels ?? null,
      silent,
      // ebur128 reports -70 LUFS (its gate) for silence or for too little audio: "no loudness", not a level.
      integratedLufs: silent || !((report.integratedLufs ?? -70) > LUFS_GATE) ? null : finite(report.integratedLufs),
      truePeakDbtp: silent ? null : finite(report.truePeakDbtp),
      maxVolumeDb: finite(peak),
      firstSoundSec: finite(firstSoundSec ?? undefined, 3),
      silenceShare: end > 0 ? Math.min(1, Math.round((silentTotal / end) * 1000) / 1000) : null,
      loudnessCurve: loudnessCurve(report.momentary, end),
      decodedSec: finite((decodedEndSec as number | null) ?? undefined, 3),
    },
    decodedEndSec,
    decodeErrors: errors.count,
    firstDecodeError: errors.first,
  };
}
