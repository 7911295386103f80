import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { secureWindowOptions } from '../../../electron/main/window-options.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string): Buffer => readFileSync(join(ROOT, path));

/** Width and height from a PNG's IHDR. */
function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(data.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('app icons in resources/', () => {
  it('electron-builder names an icon for each platform, and each file exists', () => {
    const config = read('electron-builder.yml').toString('utf8');
    const named = [...config.matchAll(/^\s+icon: (\S+)$/gm)].map((m) => m[1]!);
    expect(named.sort()).toEqual(['resources/icon.icns', 'resources/icon.ico', 'resources/icons']);
    for (const path of named) expect(existsSync(join(ROOT, path)), path).toBe(true);
    expect(config).toMatch(/buildResources: resources/);
  });

  it('Linux: a PNG per size, square, of the size its name says', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512])
      expect(pngSize(read(`resources/icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    expect(pngSize(read('resources/icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('Windows: an .ico whose entries are PNGs of the sizes its directory says, up to 256 px', () => {
    const ico = read('resources/icon.ico');
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      const declared = ico[entry] || 256;
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(pngSize(ico.subarray(offset, offset + length)).width).toBe(declared);
      sizes.push(declared);
    }
    expect(sizes).toContain(256);
    expect(sizes).toContain(16);
  });

  it('macOS: an .icns whose length adds up and whose entries are PNGs up to 1024 px', () => {
    const icns = read('resources/icon.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const widths = new Map<string, number>();
    for (let offset = 8; offset < icns.length;) {
      const type = icns.toString('ascii', offset, offset + 4);
      const length = icns.readUInt32BE(offset + 4);
      widths.set(type, pngSize(icns.subarray(offset + 8, offset + length)).width);
      offset += length;
    }
    expect(widths.get('ic10')).toBe(1024);
    expect(widths.get('ic07')).toBe(128);
  });

  it('the window takes its icon from resources/ (packaged with the app)', () => {
    expect(secureWindowOptions('/app/preload.cjs', '/app/resources/icons/512x512.png').icon).toBe(
      '/app/resources/icons/512x512.png',
    );
    expect(read('electron-builder.yml').toString('utf8')).toMatch(/^\s+- resources\/icons\/512x512\.png$/m);
  });
});
