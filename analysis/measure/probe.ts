import { extname } from 'node:path';
import type { ProbeData, VideoStreamInfo } from '../media/parse/probe-json.js';
import { parseProbeJson } from '../media/parse/probe-json.js';
import { ProbeFailure, runFfprobe } from '../media/run-ffprobe.js';
import { mediaError } from '../media/said-error.js';
import { classifyMediaFailure } from './classify-failure.js';
import { looksLikeIsoMedia } from './sniff.js';

export interface ProbeSummary {
  data: ProbeData;
  video: VideoStreamInfo;
  container: string;
  width: number;
  height: number;
  fps: number | null;
  variableFrameRate: boolean;
  bitrateKbps: number | null;
  /** As the container declares it; undefined when it declares none (the stream is then scanned). */
  durationSec: number | undefined;
}

/** ffprobe names the mp4 family "mov,mp4,m4a,3gp,3g2,mj2"; the brand and extension tell which it is. */
export function containerName(data: ProbeData, path: string): string {
  const ext = extname(path).slice(1).toLowerCase();
  const format = data.formatName;
  if (format.includes('mp4') || format.includes('mov')) {
    const brand = data.majorBrand?.toLowerCase() ?? '';
    if (brand === 'qt') return 'mov';
    if (brand.startsWith('3g')) return '3gp';
    if (brand === '' && ext === 'mov') return 'mov';
    return 'mp4';
  }
  if (format.includes('matroska') || format.includes('webm')) return ext === 'webm' ? 'webm' : 'mkv';
  if (format === 'mpeg' || format === 'mpegts') return format === 'mpegts' ? 'mpegts' : 'mpeg';
  return format.split(',')[0] ?? format;
}

/** Display size: sample aspect ratio stretches the width, a quarter-turn rotation swaps the sides. */
export function displaySize(video: VideoStreamInfo): { width: number; height: number } {
  const sar = video.sampleAspectRatio > 0 ? video.sampleAspectRatio : 1;
  const width = Math.round(video.storedWidth * sar);
  const height = video.storedHeight;
  return video.rotation === 90 || video.rotation === 270 ? { width: height, height: width } : { width, height };
}

/**
 * Variable frame rate: the container's average rate differs from the stream's base rate by
 * more than 1 % (phone recordings and screen captures); constant-rate exports match.
 */
export function frameRateOf(video: VideoStreamInfo): { fps: number | null; variable: boolean } {
  const base = video.realFrameRate;
  const avg = video.averageFrameRate;
  const fps = avg ?? base ?? null;
  const variable = base !== undefined && avg !== undefined && Math.abs(base - avg) / base > 0.01;
  return { fps: fps === null ? null : Math.round(fps * 1000) / 1000, variable };
}

export async function probeDraft(
  path: string,
  sizeBytes: number,
  options: { signal?: AbortSignal; timeoutMs: number },
): Promise<ProbeSummary> {
  let data: ProbeData;
  try {
    const output = await runFfprobe(path, options);
    data = parseProbeJson(output.json);
  } catch (error) {
    if (error instanceof ProbeFailure) {
      const classified = classifyMediaFailure(error.stderr);
      if (classified.code === 'truncated' && !(await looksLikeIsoMedia(path))) {
        // ffmpeg's own last line stays in details.ffmpeg, as for every error it said something about.
        throw mediaError('not-a-video', { key: 'errors.media.notIsoMedia' }, { ffmpeg: classified.ffmpeg });
      }
      throw classified;
    }
    throw error;
  }
  const video = data.video;
  if (!video || video.storedWidth <= 0 || video.storedHeight <= 0) {
    // ffprobe read the container, so it is a media file: it just holds no picture.
    throw data.audio
      ? mediaError('no-video-stream', { key: 'errors.media.audioOnly' })
      : mediaError('no-video-stream', { key: 'errors.media.noVideoTrack' });
  }
  const declared = data.declaredDurationSec ?? video.durationSec;
  const durationSec = declared !== undefined && declared > 0 ? declared : undefined;
  const { width, height } = displaySize(video);
  const { fps, variable } = frameRateOf(video);
  const bitrate =
    data.fileBitrateKbps ?? (sizeBytes > 0 && durationSec ? (sizeBytes * 8) / 1000 / durationSec : undefined);
  return {
    data,
    video,
    container: containerName(data, path),
    width,
    height,
    fps,
    variableFrameRate: variable,
    bitrateKbps: bitrate === undefined ? null : Math.round(bitrate),
    durationSec,
  };
}
