import { describe, expect, it } from 'vitest';
import { classifyByName } from '../../../analysis/batch/classify-entry.js';
import { describeSkipped, noDraftsFound, VIDEO_EXTENSIONS } from '../../../analysis/batch/skip-reasons.js';
import { startsVideoContainer } from '../../../analysis/batch/sniff-video.js';

describe('classifyByName', () => {
  it.each(VIDEO_EXTENSIONS.flatMap((ext) => [`clip${ext}`, `CLIP${ext.toUpperCase()}`]))('%s is a video', (name) => {
    expect(classifyByName(name)).toEqual({ kind: 'video' });
  });

  it.each<[string, string]>([
    ['.DS_Store', 'hidden'],
    ['._clip.mp4', 'hidden'],
    ['cover.JPG', 'image'],
    ['frame.png', 'image'],
    ['music.mp3', 'audio'],
    ['final.txt', 'caption'],
    ['final.srt', 'caption'],
    ['final.mp4.preflight.json', 'sidecar'],
    ['brief.pdf', 'document'],
  ])('%s is skipped as %s', (name, reason) => {
    expect(classifyByName(name)).toEqual({ kind: 'skip', reason });
  });

  it('looks inside files whose extension says nothing', () => {
    expect(classifyByName('export.final')).toEqual({ kind: 'sniff' });
    expect(classifyByName('no-extension')).toEqual({ kind: 'sniff' });
  });
});

describe('startsVideoContainer', () => {
  const bytes = (...parts: Array<string | number[]>): Buffer =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
  it.each<[string, Buffer]>([
    ['MP4', bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 0, 0])],
    ['Matroska', bytes([0x1a, 0x45, 0xdf, 0xa3, 0, 0, 0, 0])],
    ['AVI', bytes('RIFF', [0, 0, 0, 0], 'AVI LIST')],
    ['Ogg', bytes('OggS', [0, 2, 0, 0, 0, 0])],
    ['FLV', bytes('FLV', [1, 5, 0, 0, 0, 9])],
    ['ASF', bytes([0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11, 0xa6])],
    ['MPEG-PS', bytes([0, 0, 1, 0xba, 0x44, 0, 4, 0])],
    ['MPEG-TS', Buffer.from(Array.from({ length: 192 }, (_, i) => (i === 0 || i === 188 ? 0x47 : 0)))],
  ])('%s is recognised', (_name, head) => {
    expect(startsVideoContainer(head)).toBe(true);
  });

  it.each<[string, Buffer]>([
    ['text', Buffer.from('just some words in a text file')],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])],
    ['WAV', bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ')],
    ['too short', Buffer.from([0x1a, 0x45])],
  ])('%s is not a video', (_name, head) => {
    expect(startsVideoContainer(head)).toBe(false);
  });
});

describe('describeSkipped', () => {
  it('counts by reason, most first, with plurals', () => {
    expect(
      describeSkipped([
        { path: '/a.jpg', reason: 'image' },
        { path: '/b.png', reason: 'image' },
        { path: '/c.txt', reason: 'caption' },
      ]),
    ).toBe('3 files skipped: 2 images, 1 caption or subtitle file');
    expect(describeSkipped([])).toBe('');
  });

  it('names every extension searched when nothing is found', () => {
    for (const ext of ['.ogv', '.flv', '.wmv', '.mxf', '.dv']) expect(noDraftsFound()).toContain(ext);
  });
});
