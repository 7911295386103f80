import type { VideoStreamInfo } from '../media/parse/probe-json.js';
import type { ColorMeasurement } from './types.js';

interface PixelLayout {
  chroma: string | null;
  bitDepth: number | null;
  alpha: boolean;
}

const YUV = /^yuv(j)?(a)?(4\d\d|410|411|440)p(\d+)?(le|be)?$/;
const SEMI_PLANAR: Record<string, [string, number]> = {
  nv12: ['4:2:0', 8],
  nv21: ['4:2:0', 8],
  p010le: ['4:2:0', 10],
  p010be: ['4:2:0', 10],
  p016le: ['4:2:0', 16],
  nv16: ['4:2:2', 8],
  nv20le: ['4:2:2', 10],
  yuyv422: ['4:2:2', 8],
  uyvy422: ['4:2:2', 8],
  yvyu422: ['4:2:2', 8],
  v210: ['4:2:2', 10],
  nv24: ['4:4:4', 8],
};
const ALPHA = /^(argb|rgba|abgr|bgra|gbrap|ya\d|rgba64|bgra64|yuva)/;

/** "4:2:0", 10-bit, alpha… from ffmpeg's pixel format name (the names are stable across versions). */
export function pixelLayout(pixelFormat: string | undefined): PixelLayout {
  if (!pixelFormat) return { chroma: null, bitDepth: null, alpha: false };
  const alpha = ALPHA.test(pixelFormat);
  const yuv = YUV.exec(pixelFormat);
  if (yuv) {
    const digits = yuv[3]!;
    return { chroma: `${digits[0]}:${digits[1]}:${digits[2]}`, bitDepth: yuv[4] ? Number(yuv[4]) : 8, alpha };
  }
  const semi = SEMI_PLANAR[pixelFormat];
  if (semi) return { chroma: semi[0], bitDepth: semi[1], alpha: false };
  const gray = /^gray(\d+)?(le|be|f32le|f32be)?$/.exec(pixelFormat);
  if (gray) return { chroma: 'gray', bitDepth: gray[1] ? Number(gray[1]) : 8, alpha: false };
  if (/^(pal8|bgr8|rgb8|bgr4|rgb4|bgr4_byte|rgb4_byte|monob|monow)$/.test(pixelFormat))
    return { chroma: 'rgb', bitDepth: 8, alpha: false };
  const rgbDepth = /^(rgb|bgr)(48|64)/.test(pixelFormat) || /^rgba64|bgra64/.test(pixelFormat) ? 16 : null;
  const gbr = /^gbra?p(\d+)?(le|be)?$/.exec(pixelFormat);
  if (gbr) return { chroma: 'rgb', bitDepth: gbr[1] ? Number(gbr[1]) : 8, alpha };
  if (/^(0?rgb|0?bgr|argb|rgba|abgr|bgra|rgb0|bgr0|x2rgb|x2bgr)/.test(pixelFormat)) {
    const packed = /^(rgb|bgr)(555|565|444)/.test(pixelFormat) ? 5 : 8;
    return { chroma: 'rgb', bitDepth: rgbDepth ?? packed, alpha };
  }
  return { chroma: null, bitDepth: null, alpha };
}

/**
 * Pictures whose luma plane goes straight to the scaler (extractplanes): the fast path. Only the
 * formats the bundled ffmpeg's extractplanes takes behind a split, as tried one by one: planar YUV
 * in little-endian, except 12-bit 4:2:2/4:4:4 with alpha (ProRes 4444 with alpha decodes to
 * yuva444p12le), and 8- or 16-bit grey. Any other picture is scaled and then made grey, which
 * every format can take.
 */
export function hasPlanarLuma(pixelFormat: string | undefined): boolean {
  if (pixelFormat === undefined || pixelFormat.endsWith('be')) return false;
  if (pixelFormat === 'gray' || pixelFormat === 'gray16le') return true;
  return YUV.test(pixelFormat) && !/^yuva4(22|44)p12/.test(pixelFormat);
}

const HDR_TRANSFER: Record<string, ColorMeasurement['hdr']> = { smpte2084: 'pq', 'arib-std-b67': 'hlg' };

export function colorOf(video: VideoStreamInfo): ColorMeasurement {
  const layout = pixelLayout(video.pixelFormat);
  const c = video.color;
  const known = (value: string | undefined): string | null => (value && value !== 'unknown' ? value : null);
  return {
    primaries: known(c.primaries),
    transfer: known(c.transfer),
    matrix: known(c.matrix),
    range: known(c.range),
    bitDepth: layout.bitDepth ?? c.bitsPerRawSample ?? null,
    chroma: layout.chroma,
    alpha: layout.alpha,
    // Mastering-display or light-level metadata without a transfer tag is HDR10, which is PQ.
    hdr: (c.transfer && HDR_TRANSFER[c.transfer]) || (c.hdrSideData && !known(c.transfer) ? 'pq' : null),
  };
}
