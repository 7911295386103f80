import { describe, expect, it } from 'vitest';
import { renderSummary, renderTable } from '../../../analysis/cli/table.js';
import { CHECKS } from '../../../analysis/checks/index.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { analyzed, errored, failing, passing, warning } from '../helpers/results.js';

const tiktok = getProfile('tiktok');
const HEADER = [
  '#',
  'Draft',
  'Verdict',
  'Score',
  'Dur',
  'Hook',
  'Loop',
  'Sound',
  'File',
  'Cont',
  'Codec',
  'Res',
  'AR',
  'FPS',
  'Rate',
  'Size',
  'Pix',
  'ACodec',
  'Capt',
  'Zones',
];
const cellsOf = (line: string): string[] => line.split(/ {2,}/);

describe('renderTable (no colour)', () => {
  it('has one column per check after #, Draft, Verdict and Score', () => {
    const [header] = renderTable([passing()], tiktok, { color: false }).split('\n');
    expect(cellsOf(header!)).toEqual(HEADER);
    expect(HEADER).toHaveLength(4 + CHECKS.length);
  });

  it('prints a clean draft as one row of ticks and no findings', () => {
    const out = renderTable([passing('/drafts/pass.mp4')], tiktok, { color: false });
    const lines = out.split('\n');
    expect(lines).toHaveLength(2);
    expect(cellsOf(lines[1]!)).toEqual([
      '1',
      'pass.mp4',
      'pass',
      '100',
      '✓ 15.0s',
      '✓',
      '✓',
      '✓ -14',
      '✓',
      '✓',
      '✓',
      '✓ 1080×1920',
      '✓',
      '✓ 30',
      '✓',
      '✓',
      '✓',
      '✓',
    ]);
    expect(out).not.toContain('\u001b[');
  });

  it('shows warnings and failures in their columns and lists the findings, worst first', () => {
    const draft = analyzed('/drafts/quiet.mp4', {
      audio: { integratedLufs: -25 },
      pixelFormat: 'yuv444p',
      container: 'mkv',
    });
    const out = renderTable([draft], tiktok, { color: false });
    const lines = out.split('\n');
    const row = cellsOf(lines[1]!);
    expect(row.slice(0, 3)).toEqual(['1', 'quiet.mp4', 'fail']);
    expect(row[HEADER.indexOf('Sound')]).toBe('! -25');
    expect(row[HEADER.indexOf('Cont')]).toBe('✗');
    expect(row[HEADER.indexOf('Pix')]).toBe('✗');
    expect(lines.slice(2)).toEqual([
      '',
      '1. /drafts/quiet.mp4',
      '   ✗ Container: MKV is not accepted by TikTok. Re-export as MP4.',
      '   ✗ Pixel format: yuv444p (4:4:4, 8-bit) is not what phones play: the platform re-encodes it and colours can shift. Re-export as 4:2:0 8-bit (yuv420p).',
      '   ! Sound: Too quiet at -25 LUFS: raise it by about 11 dB towards -14 LUFS.',
    ]);
  });

  it('prints an error row with empty check cells and the error as a finding', () => {
    const out = renderTable(
      [passing('/d/ok.mp4'), errored('/d/cut.mp4', 'truncated', 'The file is incomplete.')],
      tiktok,
      { color: false },
    );
    const lines = out.split('\n');
    expect(lines[2]!.trimEnd()).toBe(lines[2]);
    expect(cellsOf(lines[2]!)).toEqual(['2', 'cut.mp4', 'error']);
    // A short human label, not the code.
    expect(lines.slice(3)).toEqual(['', '2. /d/cut.mp4', '   ✗ Incomplete file: The file is incomplete.']);
  });

  it('numbers rows and findings by input position', () => {
    const out = renderTable([passing('/d/1.mp4'), warning('/d/2.mp4'), failing('/d/3.mp4')], tiktok, { color: false });
    const lines = out.split('\n');
    expect(lines.slice(1, 4).map((l) => cellsOf(l).slice(0, 3))).toEqual([
      ['1', '1.mp4', 'pass'],
      ['2', '2.mp4', 'warn'],
      ['3', '3.mp4', 'fail'],
    ]);
    expect(lines.filter((l) => /^\d+\. /.test(l))).toEqual(['2. /d/2.mp4', '3. /d/3.mp4']);
    expect(out).toContain('   ! Duration: 25.0 s is outside the 13–17 s sweet spot');
    expect(out).toContain("   ✗ Duration: 0.5 s is shorter than TikTok's minimum of 1 s");
  });

  it('shortens long names to fit a narrow terminal, keeping the extension', () => {
    const out = renderTable([passing('/d/a-very-long-draft-file-name-for-testing.mp4')], tiktok, {
      color: false,
      width: 60,
    });
    expect(cellsOf(out.split('\n')[1]!)[1]).toBe('a-very-….mp4');
  });
});

describe('renderSummary (no colour)', () => {
  it.each([
    [[passing()], '1 draft checked for TikTok: 1 pass'],
    [[passing(), warning(), warning(), errored('/x.mp4')], '4 drafts checked for TikTok: 1 pass, 2 warn, 1 error'],
    [[failing(), passing()], '2 drafts checked for TikTok: 1 pass, 1 fail'],
    [[], '0 drafts checked for TikTok: none'],
  ])('%#: %s', (results, text) => {
    expect(renderSummary(results, tiktok, false)).toBe(text);
  });

  it('names the profile', () => {
    expect(renderSummary([passing()], getProfile('shorts'), false)).toBe('1 draft checked for YouTube Shorts: 1 pass');
  });
});
