/**
 * How editors name codecs and containers, for messages and the player's note: ffprobe's codes
 * ("prores", "pcm_s16le", "qtrle") shouted in capitals read as errors. JSON and CSV keep the codes.
 */
const CODECS: Readonly<Record<string, string>> = {
  h264: 'H.264',
  hevc: 'HEVC',
  vp8: 'VP8',
  vp9: 'VP9',
  av1: 'AV1',
  prores: 'ProRes',
  qtrle: 'QuickTime Animation',
  dnxhd: 'DNxHD',
  mjpeg: 'Motion JPEG',
  mpeg4: 'MPEG-4 Part 2',
  mpeg2video: 'MPEG-2',
  mpeg1video: 'MPEG-1',
  theora: 'Theora',
  flv1: 'Sorenson Spark',
  wmv1: 'Windows Media Video 7',
  wmv2: 'Windows Media Video 8',
  wmv3: 'Windows Media Video 9',
  aac: 'AAC',
  mp3: 'MP3',
  mp2: 'MP2',
  opus: 'Opus',
  vorbis: 'Vorbis',
  flac: 'FLAC',
  alac: 'Apple Lossless',
  ac3: 'AC-3',
  eac3: 'E-AC-3',
  wmav1: 'WMA',
  wmav2: 'WMA',
};

const CONTAINERS: Readonly<Record<string, string>> = {
  mpegts: 'MPEG-TS',
  mpeg: 'MPEG-PS',
  matroska: 'Matroska',
  asf: 'ASF (Windows Media)',
  ogg: 'Ogg',
};

/** A codec as people write it; uncompressed PCM says its sample format ("PCM 16-bit"); others in capitals. */
export function codecName(code: string): string {
  const pcm = /^pcm_[su](\d+)/.exec(code);
  if (pcm) return `PCM ${pcm[1]}-bit`;
  return CODECS[code] ?? code.toUpperCase();
}

/** A container as people write it (MP4, MOV, WEBM, MPEG-TS, Matroska). */
export function containerName(code: string): string {
  return CONTAINERS[code] ?? code.toUpperCase();
}
