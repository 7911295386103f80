import { describe, expect, it } from 'vitest';
import { formatCommand, logCommand, shellQuote } from '../../../analysis/media/command-log.js';

describe('command log', () => {
  it.each([
    ['-map', '-map'],
    ['0:v:0', '0:v:0'],
    ['file:/tmp/a b.mp4', "'file:/tmp/a b.mp4'"],
    ["it's.mp4", `'it'\\''s.mp4'`],
    ['$(rm -rf ~)', "'$(rm -rf ~)'"],
    ['', "''"],
  ])('shellQuote(%j) = %s', (arg, quoted) => {
    expect(shellQuote(arg)).toBe(quoted);
  });

  it('writes the command, its duration and how it ended only when PREFLIGHT_DEBUG is set', () => {
    const lines: string[] = [];
    const entry = {
      label: 'opening decode',
      command: formatCommand('/bin/ffmpeg', ['-i', 'file:/x y.mp4']),
      ms: 12.4,
      ended: 'exit 0',
    };
    const before = process.env.PREFLIGHT_DEBUG;
    try {
      delete process.env.PREFLIGHT_DEBUG;
      logCommand(entry, (t) => lines.push(t));
      expect(lines).toEqual([]);
      process.env.PREFLIGHT_DEBUG = '1';
      logCommand(entry, (t) => lines.push(t));
      expect(lines.join('')).toBe(
        "[preflight] opening decode: /bin/ffmpeg -i 'file:/x y.mp4'\n[preflight]   exit 0 after 12 ms\n",
      );
    } finally {
      if (before === undefined) delete process.env.PREFLIGHT_DEBUG;
      else process.env.PREFLIGHT_DEBUG = before;
    }
  });
});
