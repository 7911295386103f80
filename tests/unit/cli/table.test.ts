import { describe, expect, it } from 'vitest';
import { renderSummary, renderTable } from '../../../analysis/cli/table.js';
import { displayWidth } from '../../../analysis/cli/terminal-text.js';
import type { FileResult } from '../../../analysis/batch/types.js';
import { CHECKS } from '../../../analysis/checks/index.js';
import { english, type MessageKey } from '../../../analysis/i18n/words.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { analyzed, errored, failing, passing, warning } from '../helpers/results.js';

/** A draft a cancel stopped, as run-batch reports it (the message said from its phrase). */
function notChecked(path: string, key: MessageKey = 'errors.process.batchCancelled'): FileResult {
  return { path, status: 'error', error: { code: 'cancelled', message: english().t(key), phrase: { key } } };
}

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
      '✓ -14.0',
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
    expect(row[HEADER.indexOf('Sound')]).toBe('! -25.0');
    expect(row[HEADER.indexOf('Cont')]).toBe('✗');
    expect(row[HEADER.indexOf('Pix')]).toBe('✗');
    expect(lines.slice(2)).toEqual([
      '',
      '1. /drafts/quiet.mp4',
      '   ✗ Container: MKV is not accepted by TikTok. Re-export as MP4.',
      '   ✗ Pixel format: yuv444p (4:4:4, 8-bit) is not what phones play: the platform re-encodes it and colours can shift. Re-export as 4:2:0 8-bit (yuv420p).',
      '   ! Sound: Too quiet at -25.0 LUFS: raise it by about 11 dB towards -14.0 LUFS.',
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
    expect(out).toContain('   ✗ Duration: 0.5 s is shorter than the TikTok minimum of 1 s');
  });

  it('shortens long names to fit a narrow terminal, keeping the extension', () => {
    const out = renderTable([passing('/d/a-very-long-draft-file-name-for-testing.mp4')], tiktok, {
      color: false,
      width: 60,
    });
    expect(cellsOf(out.split('\n')[1]!)[1]).toBe('a-very-long…ing.mp4');
    for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
  });

  it('on a terminal too narrow for a column per check, lists what did not pass, failures first', () => {
    const drafts = [passing('/d/ok.mp4'), warning('/d/long.mp4'), failing('/d/short.mp4')];
    const wide = renderTable(drafts, tiktok, { color: false });
    for (const width of [80, 120]) {
      const out = renderTable(drafts, tiktok, { color: false, width });
      const [header, ...rows] = out.split('\n');
      expect(cellsOf(header!)).toEqual(['#', 'Draft', 'Verdict', 'Score', 'Problems']);
      expect(cellsOf(rows[0]!)).toEqual(['1', 'ok.mp4', 'pass', '100']);
      expect(rows[1]).toContain('! Dur 25.0s');
      expect(rows[2]).toMatch(/fail +\d+ +✗ Dur 0\.5s/);
      // The table fits; the findings are sentences the terminal wraps.
      for (const line of out.split('\n\n')[0]!.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      // The findings under the table are the same as on a wide terminal.
      expect(out.slice(out.indexOf('\n\n'))).toBe(wide.slice(wide.indexOf('\n\n')));
    }
  });

  it('says how many problems did not fit ("+3"), and every one of them under the table', () => {
    const many = analyzed('/d/many.mp4', {
      durationSec: 5,
      width: 360,
      height: 640,
      audio: { integratedLufs: -30 },
    });
    const out = renderTable([many], tiktok, { color: false, width: 60 });
    const row = out.split('\n')[1]!;
    expect(row).toMatch(/, \+\d+$/);
    expect(displayWidth(row)).toBeLessThanOrEqual(60);
    const shown = row.split(', ').filter((cell) => /^[✗!] /.test(cell.replace(/^.* {2}/, ''))).length;
    const hidden = Number(/\+(\d+)$/.exec(row)![1]);
    const findings = out.split('\n').filter((line) => /^ {3}[✗!] /.test(line));
    expect(shown + hidden).toBe(findings.length);
  });
});

describe('renderTable: loudness and wide names', () => {
  it('shows loudness to a tenth, the figure the finding and the JSON give ("-21.8 LUFS")', () => {
    const quiet = analyzed('/d/quiet.mp4', { audio: { integratedLufs: -21.8 } });
    const out = renderTable([quiet, passing('/d/ok.mp4')], tiktok, { color: false });
    const lines = out.split('\n');
    expect(cellsOf(lines[1]!)[HEADER.indexOf('Sound')]).toBe('! -21.8');
    // A whole figure keeps its tenth, as "-14.0 LUFS" does in the text: "-14" would read as another precision.
    expect(cellsOf(lines[2]!)[HEADER.indexOf('Sound')]).toBe('✓ -14.0');
    const audio = quiet.status === 'analyzed' ? quiet.scorecard.checks.find((c) => c.id === 'audio') : undefined;
    expect(audio?.valueText).toBe('-21.8 LUFS');
    expect(out).toContain('-21.8 LUFS');
  });

  it('lines up the columns by display width when a name has CJK characters and emoji', () => {
    const names = ['it\'s a "quoted" clip – café 日本 🎬.mp4', 'plain.mp4', '初稿.mp4'];
    const out = renderTable(
      names.map((name) => passing(`/d/${name}`)),
      tiktok,
      { color: false },
    );
    const [header, ...rows] = out.split('\n');
    // The verdict starts in the same terminal column on every line, header included.
    const columnOf = (line: string, text: string): number => displayWidth(line.slice(0, line.indexOf(text)));
    for (const row of rows) {
      expect(columnOf(row, 'pass'), row).toBe(columnOf(header!, 'Verdict'));
      expect(columnOf(row, '✓ 1080×1920'), row).toBe(columnOf(header!, 'Res'));
      // The last cell (the audio codec's tick here) under its header.
      expect(displayWidth(row) - 1, row).toBe(columnOf(header!, 'ACodec'));
    }
  });

  it('shortens a wide name to the columns left, never past them', () => {
    const name = '日本語のファイル名がとても長いドラフト🎬.mp4';
    const drafts = [passing(`/d/${name}`), passing('/d/ok.mp4')];
    // Ten columns fewer than the whole table takes: the name gives them up.
    const full = displayWidth(renderTable(drafts, tiktok, { color: false }).split('\n')[0]!);
    const width = full - 10;
    const out = renderTable(drafts, tiktok, { color: false, width });
    const [header, ...rows] = out.split('\n');
    const columnOf = (line: string, text: string): number => displayWidth(line.slice(0, line.indexOf(text)));
    for (const row of rows) expect(columnOf(row, 'pass'), row).toBe(columnOf(header!, 'Verdict'));
    expect(displayWidth(header!)).toBeLessThanOrEqual(width);
    expect(cellsOf(rows[0]!)[1]).toMatch(/^日本語.*….*🎬\.mp4$/);
  });
});

describe('cancelled drafts are not checked, never errors', () => {
  const batch = [
    warning('/d/1.mp4'),
    failing('/d/2.mp4'),
    failing('/d/3.mp4'),
    errored('/d/4.mp4', 'truncated'),
    notChecked('/d/5.mp4', 'errors.process.fileCancelled'),
    ...[6, 7, 8, 9, 10, 11, 12, 13].map((n) => notChecked(`/d/${n}.mp4`)),
  ];

  it("sums up the drafts checked and the ones the cancel stopped apart, in the app's words", () => {
    const summary = renderSummary(batch, tiktok, false);
    expect(summary).toBe('4 of 13 drafts checked for TikTok: 1 warn, 2 fail, 1 error, 9 not checked (cancelled)');
    expect(summary).toContain(english().t('app.counts.notChecked', { count: 9 }));
  });

  it('marks their rows "not checked", with no note under the table (nothing to fix)', () => {
    const out = renderTable(batch, tiktok, { color: false });
    const lines = out.split('\n');
    expect(cellsOf(lines[4]!)).toEqual(['4', '4.mp4', 'error']);
    expect(cellsOf(lines[5]!)).toEqual(['5', '5.mp4', 'not checked']);
    expect(cellsOf(lines[13]!)).toEqual(['13', '13.mp4', 'not checked']);
    // Nothing to fix in them: no note under the table (the summary counts them, the cancel says why).
    expect(out).not.toContain('5. /d/5.mp4');
    expect(out).not.toContain('Not checked:');
    expect(out).toContain('4. /d/4.mp4\n   ✗ Incomplete file: The file is incomplete.');
  });

  it('counts the drafts a stored run never finished, with how it ended', () => {
    expect(
      renderSummary([passing(), failing()], tiktok, false, english(), { planned: 5, stoppedBy: 'cancelled' }),
    ).toBe('2 of 5 drafts checked for TikTok: 1 pass, 1 fail, 3 not checked (cancelled)');
    expect(renderSummary([passing()], tiktok, false, english(), { planned: 2, stoppedBy: 'interrupted' })).toBe(
      '1 of 2 drafts checked for TikTok: 1 pass, 1 not checked (interrupted)',
    );
    expect(renderSummary([], tiktok, false, english(), { planned: 1 })).toBe(
      '0 of 1 draft checked for TikTok: 1 not checked (cancelled)',
    );
    // A run that finished everything it planned reads as before.
    expect(renderSummary([passing()], tiktok, false, english(), { planned: 1, stoppedBy: 'cancelled' })).toBe(
      '1 draft checked for TikTok: 1 pass',
    );
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
