import type { AudioStreamInfo } from '../media/parse/probe-json.js';
import { createAudioFilterParser } from '../media/parse/audio-filters.js';
import { runFfmpeg } from '../media/run-ffmpeg.js';
import { AUDIBLE_PEAK_DB } from './audio.js';
import type { AudioMeasurement, AudioTrackMeasurement } from './types.js';

/** Tracks beyond this many are listed but not measured (camera files rarely have more than four). */
const MAX_MEASURED_TRACKS = 8;

function trackOf(stream: AudioStreamInfo, position: number): AudioTrackMeasurement {
  return {
    track: position + 1,
    codec: stream.codec,
    language: stream.language ?? null,
    isDefault: stream.isDefault,
    maxVolumeDb: null,
    silent: null,
  };
}

/** The loudest sample of one extra track (volumedetect only): enough to tell sound from silence. */
async function peakOf(
  path: string,
  stream: AudioStreamInfo,
  options: { signal?: AbortSignal; timeoutMs: number },
): Promise<number | null> {
  const parser = createAudioFilterParser();
  await runFfmpeg({
    label: 'audio track scan',
    inputPath: path,
    outputOptions: ['-map', `0:${stream.index}`, '-vn', '-sn', '-dn', '-af', 'volumedetect', '-f', 'null'],
    onStderrLine: (line) => parser.push(line),
    signal: options.signal,
    timeoutMs: options.timeoutMs,
  });
  const peak = parser.report().maxVolumeDb;
  return peak === undefined || !Number.isFinite(peak) ? null : Math.round(peak * 10) / 10;
}

/**
 * Every audio track: the first from the main audio pass, the others with a peak scan. Runs only
 * when a file has more than one track, so the common case decodes nothing extra.
 */
export async function measureAudioTracks(
  path: string,
  streams: readonly AudioStreamInfo[],
  first: AudioMeasurement,
  options: { signal?: AbortSignal; timeoutMs: number },
): Promise<AudioTrackMeasurement[]> {
  const tracks = streams.map(trackOf);
  if (tracks[0]) Object.assign(tracks[0], { maxVolumeDb: first.maxVolumeDb, silent: first.silent });
  await Promise.all(
    streams.slice(1, MAX_MEASURED_TRACKS).map(async (stream, i) => {
      const peak = await peakOf(path, stream, options).catch((error: unknown) => {
        // A track that cannot be read is listed without a figure; a cancel still cancels the draft.
        if (options.signal?.aborted) throw error;
        return null;
      });
      tracks[i + 1]!.maxVolumeDb = peak;
      tracks[i + 1]!.silent = peak === null ? null : peak <= AUDIBLE_PEAK_DB;
    }),
  );
  return tracks;
}
