import { resolve } from 'node:path';

/**
 * ffmpeg reads "scheme:rest" as a protocol; an absolute path behind the explicit `file:` protocol
 * keeps names such as "-draft.mp4" or "http:cut.mp4" from being read as options or URLs.
 */
export function toFfmpegInput(path: string): string {
  return `file:${resolve(path)}`;
}

/** Only local files and pipes: a crafted playlist inside a draft cannot reach the network. */
export const PROTOCOL_WHITELIST = ['-protocol_whitelist', 'file,pipe'] as const;

/**
 * The demuxers of the containers Preflight checks: every container a folder scan picks up
 * (MP4/MOV/M4V/3GP/F4V, Matroska/WebM, AVI, MPEG-PS/VOB, MPEG-TS/MTS/M2TS, Ogg, FLV, ASF/WMV,
 * MXF, DV) and GIF named explicitly. Reference formats (hls, concat, ffconcat, image sequences …)
 * are refused, so a file with a video name can never make ffmpeg read another file it names.
 */
export const SUPPORTED_DEMUXERS = [
  'mov',
  'mp4',
  'm4a',
  '3gp',
  '3g2',
  'mj2',
  'matroska',
  'webm',
  'avi',
  'mpeg',
  'mpegts',
  'ogg',
  'flv',
  'live_flv',
  'asf',
  'mxf',
  'dv',
  'gif',
] as const;
export const FORMAT_WHITELIST = ['-format_whitelist', SUPPORTED_DEMUXERS.join(',')] as const;

/** Input options for every ffmpeg/ffprobe run on a draft. */
export const INPUT_GUARDS = [...PROTOCOL_WHITELIST, ...FORMAT_WHITELIST] as const;
