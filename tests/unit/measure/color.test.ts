import { describe, expect, it } from 'vitest';
import { colorOf, hasPlanarLuma, pixelLayout } from '../../../analysis/measure/color.js';

describe('pixelLayout', () => {
  it.each<[string, string | null, number | null, boolean]>([
    ['yuv420p', '4:2:0', 8, false],
    ['yuvj420p', '4:2:0', 8, false],
    ['yuv420p10le', '4:2:0', 10, false],
    ['yuv422p10le', '4:2:2', 10, false],
    ['yuv444p12le', '4:4:4', 12, false],
    ['yuva420p', '4:2:0', 8, true],
    ['nv12', '4:2:0', 8, false],
    ['p010le', '4:2:0', 10, false],
    ['uyvy422', '4:2:2', 8, false],
    ['rgb24', 'rgb', 8, false],
    ['argb', 'rgb', 8, true],
    ['rgba', 'rgb', 8, true],
    ['bgr0', 'rgb', 8, false],
    ['rgb555le', 'rgb', 5, false],
    ['rgb48le', 'rgb', 16, false],
    ['gbrp10le', 'rgb', 10, false],
    ['pal8', 'rgb', 8, false],
    ['gray', 'gray', 8, false],
    ['gray10le', 'gray', 10, false],
    ['something-new', null, null, false],
  ])('%s → %s, %s-bit, alpha %s', (format, chroma, bitDepth, alpha) => {
    expect(pixelLayout(format)).toEqual({ chroma, bitDepth, alpha });
  });

  it('takes the luma-only fast path for planar YUV and grey only', () => {
    expect(['yuv420p', 'yuvj422p', 'yuv420p10le', 'yuva444p', 'gray'].every(hasPlanarLuma)).toBe(true);
    expect(['rgb24', 'argb', 'bgr0', 'pal8', 'nv12', 'uyvy422', 'gbrp'].some(hasPlanarLuma)).toBe(false);
    // What the bundled extractplanes cannot take behind a split: scaled, then made grey.
    expect(['yuva444p12le', 'yuva422p12le', 'gray10le', 'gray12le', 'yuv420p10be'].some(hasPlanarLuma)).toBe(false);
    expect(['yuva444p10le', 'yuv444p12le', 'yuv420p12le', 'gray16le'].every(hasPlanarLuma)).toBe(true);
    expect(hasPlanarLuma(undefined)).toBe(false);
  });
});

describe('colorOf', () => {
  const video = (pixelFormat: string, transfer?: string) => ({
    index: 0,
    codec: 'hevc',
    pixelFormat,
    storedWidth: 1080,
    storedHeight: 1920,
    sampleAspectRatio: 1,
    rotation: 0,
    color: { primaries: 'bt2020', transfer, matrix: 'bt2020nc', range: 'tv', hdrSideData: false },
  });

  it.each<[string | undefined, 'pq' | 'hlg' | null]>([
    ['smpte2084', 'pq'],
    ['arib-std-b67', 'hlg'],
    ['bt709', null],
    [undefined, null],
  ])('transfer %s → hdr %s', (transfer, hdr) => {
    expect(colorOf(video('yuv420p10le', transfer))).toMatchObject({
      hdr,
      bitDepth: 10,
      chroma: '4:2:0',
      primaries: 'bt2020',
    });
  });

  it('takes HDR10 mastering metadata without a transfer tag for PQ', () => {
    const tagged = { ...video('yuv420p10le'), color: { hdrSideData: true } };
    expect(colorOf(tagged).hdr).toBe('pq');
    expect(colorOf({ ...tagged, color: { hdrSideData: true, transfer: 'bt709' } }).hdr).toBeNull();
  });

  it('reads "unknown" tags as unknown', () => {
    const color = colorOf({
      ...video('yuv420p'),
      color: { primaries: 'unknown', transfer: 'unknown', hdrSideData: false },
    });
    expect(color).toMatchObject({ primaries: null, transfer: null, hdr: null });
  });
});
