import { describe, expect, it } from 'vitest';
import type { ProbeData, VideoStreamInfo } from '../../../analysis/media/parse/probe-json.js';
import { containerName, displaySize, frameRateOf } from '../../../analysis/measure/probe.js';

const MP4_FAMILY = 'mov,mp4,m4a,3gp,3g2,mj2';
const data = (formatName: string, majorBrand?: string): ProbeData => ({
  formatName,
  majorBrand,
  tags: {},
  audioStreams: [],
});
const video = (fields: Partial<VideoStreamInfo>): VideoStreamInfo => ({
  index: 0,
  color: { hdrSideData: false },
  codec: 'h264',
  storedWidth: 1080,
  storedHeight: 1920,
  sampleAspectRatio: 1,
  rotation: 0,
  ...fields,
});

describe('containerName', () => {
  it.each<[string, string | undefined, string, string]>([
    [MP4_FAMILY, 'isom', 'draft.mp4', 'mp4'],
    [MP4_FAMILY, 'mp42', 'draft.mov', 'mp4'],
    [MP4_FAMILY, 'qt', 'draft.mp4', 'mov'],
    [MP4_FAMILY, 'QT', 'clip.MP4', 'mov'],
    [MP4_FAMILY, '3gp4', 'draft.mp4', '3gp'],
    [MP4_FAMILY, undefined, 'draft.mov', 'mov'],
    [MP4_FAMILY, undefined, 'DRAFT.MOV', 'mov'],
    [MP4_FAMILY, undefined, 'draft.mp4', 'mp4'],
    [MP4_FAMILY, undefined, 'draft', 'mp4'],
    ['matroska,webm', undefined, 'draft.webm', 'webm'],
    ['matroska,webm', undefined, 'draft.mkv', 'mkv'],
    ['mpeg', undefined, 'draft.mpg', 'mpeg'],
    ['mpegts', undefined, 'draft.ts', 'mpegts'],
    ['avi', undefined, 'draft.avi', 'avi'],
    ['gif', undefined, 'draft.gif', 'gif'],
  ])('%s (brand %s), %s → %s', (formatName, brand, path, expected) => {
    expect(containerName(data(formatName, brand), path)).toBe(expected);
  });
});

describe('displaySize', () => {
  it.each<[string, Partial<VideoStreamInfo>, number, number]>([
    ['square pixels, upright', {}, 1080, 1920],
    ['landscape stored, rotated 90°', { storedWidth: 1920, storedHeight: 1080, rotation: 90 }, 1080, 1920],
    ['landscape stored, rotated 270°', { storedWidth: 1920, storedHeight: 1080, rotation: 270 }, 1080, 1920],
    ['upside down keeps the sides', { storedWidth: 1920, storedHeight: 1080, rotation: 180 }, 1920, 1080],
    [
      'anamorphic 4:3 pixels widen the picture',
      { storedWidth: 1440, storedHeight: 1080, sampleAspectRatio: 4 / 3 },
      1920,
      1080,
    ],
    [
      'anamorphic and rotated',
      { storedWidth: 1440, storedHeight: 1080, sampleAspectRatio: 4 / 3, rotation: 90 },
      1080,
      1920,
    ],
    ['a rounded stretch', { storedWidth: 720, storedHeight: 576, sampleAspectRatio: 64 / 45 }, 1024, 576],
    ['a zero SAR counts as square', { storedWidth: 720, storedHeight: 1280, sampleAspectRatio: 0 }, 720, 1280],
  ])('%s → %s×%s', (_name, fields, width, height) => {
    expect(displaySize(video(fields))).toEqual({ width, height });
  });
});

describe('frameRateOf', () => {
  it.each<[string, number | undefined, number | undefined, number | null, boolean]>([
    ['constant 30', 30, 30, 30, false],
    ['NTSC 29.97', 30000 / 1001, 30000 / 1001, 29.97, false],
    ['average 0.67 % off', 30, 29.8, 29.8, false],
    ['average exactly 1 % off', 100, 99, 99, false],
    ['phone VFR: average 1.7 % off', 30, 29.5, 29.5, true],
    ['base rate 60, average 30', 60, 30, 30, true],
    ['only a base rate', 25, undefined, 25, false],
    ['only an average rate', undefined, 24, 24, false],
    ['no rate at all', undefined, undefined, null, false],
  ])('%s → %s fps, variable %s', (_name, realFrameRate, averageFrameRate, fps, variable) => {
    expect(frameRateOf(video({ realFrameRate, averageFrameRate }))).toEqual({ fps, variable });
  });
});
