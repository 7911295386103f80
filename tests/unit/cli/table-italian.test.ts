import { describe, expect, it } from 'vitest';
import { reportTiming } from '../../../analysis/cli/report-output.js';
import { renderSummary, renderTable } from '../../../analysis/cli/table.js';
import type { FileResult } from '../../../analysis/batch/types.js';
import { CHECKS } from '../../../analysis/checks/index.js';
import { wordsFor } from '../../../analysis/i18n/words.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { scoreDraft } from '../../../analysis/score.js';
import { makeMeasurements, type MeasurementOverrides } from '../helpers/measurements.js';

const it_ = wordsFor('it');
const tiktok = getProfile('tiktok');
const cellsOf = (line: string): string[] => line.split(/ {2,}/);

/** A draft scored in Italian, as `check --lang it` scores it. */
function italian(path: string, overrides: MeasurementOverrides = {}): FileResult {
  const measurements = makeMeasurements(overrides);
  return { path, status: 'analyzed', measurements, scorecard: scoreDraft(measurements, tiktok, it_) };
}

describe('the table in Italian', () => {
  const long = italian('/bozze/lunga.mp4', {
    durationSec: 25,
    decode: { declaredDurationSec: 25, decodedDurationSec: 25 },
  });
  const broken: FileResult = {
    path: '/bozze/vuota.mp4',
    status: 'error',
    error: {
      code: 'empty-file',
      message: 'The file is empty (0 bytes): the export or copy did not finish.',
      phrase: { key: 'errors.file.empty' },
    },
  };
  const out = renderTable([italian('/bozze/ok.mp4'), long, broken], tiktok, { color: false, words: it_ });
  const lines = out.split('\n');

  it('has Italian headers and check labels', () => {
    expect(cellsOf(lines[0]!).slice(0, 4)).toEqual(['#', 'Bozza', 'Esito', 'Punti']);
    expect(cellsOf(lines[0]!).slice(4)).toEqual(CHECKS.map((c) => c.label(it_)));
  });

  it('says the verdicts in Italian and writes values with a decimal comma', () => {
    expect(cellsOf(lines[1]!).slice(0, 5)).toEqual(['1', 'ok.mp4', 'OK', '100', '✓ 15,0s']);
    expect(cellsOf(lines[2]!).slice(0, 5)).toEqual(['2', 'lunga.mp4', 'da rivedere', expect.any(String), '! 25,0s']);
    expect(cellsOf(lines[3]!)).toEqual(['3', 'vuota.mp4', 'errore']);
  });

  it('lists the findings in Italian, the error with its Italian label and message', () => {
    expect(out).toMatch(/ {3}! Durata: Con 25,0 s/);
    expect(out).toContain(`   ✗ File vuoto: ${it_.t('errors.file.empty')}`);
  });

  it('sums up in Italian', () => {
    expect(renderSummary([italian('/a.mp4'), long, broken], tiktok, false, it_)).toBe(
      '3 bozze controllate per TikTok: 1 OK, 1 da rivedere, 1 errore',
    );
    expect(renderSummary([italian('/a.mp4')], tiktok, false, it_)).toBe('1 bozza controllata per TikTok: 1 OK');
    expect(renderSummary([], tiktok, false, it_)).toBe('0 bozze controllate per TikTok: nessuna');
  });

  it("counts cancelled drafts as not checked, in the app's Italian words, with no note under the table", () => {
    const stopped: FileResult = {
      path: '/bozze/ferma.mp4',
      status: 'error',
      error: {
        code: 'cancelled',
        message: 'The batch was cancelled before this draft.',
        phrase: { key: 'errors.process.batchCancelled' },
      },
    };
    const batch = [italian('/a.mp4'), long, broken, stopped, stopped];
    expect(renderSummary(batch, tiktok, false, it_)).toBe(
      '3 su 5 bozze controllate per TikTok: 1 OK, 1 da rivedere, 1 errore, 2 non controllate (analisi annullata)',
    );
    expect(renderSummary(batch, tiktok, false, it_)).toContain(it_.t('app.counts.notChecked', { count: 2 }));
    expect(renderSummary([italian('/a.mp4')], tiktok, false, it_, { planned: 3, stoppedBy: 'interrupted' })).toBe(
      '1 su 3 bozze controllate per TikTok: 1 OK, 2 non controllate (analisi interrotta)',
    );
    const table = renderTable([stopped], tiktok, { color: false, words: it_ });
    expect(cellsOf(table.split('\n')[1]!)).toEqual(['1', 'ferma.mp4', 'non controllata']);
    expect(table).not.toContain('Non controllata:');
  });

  it('writes loudness to a tenth with a decimal comma, as the finding does', () => {
    const quiet = italian('/bozze/piano.mp4', { audio: { integratedLufs: -21.8 } });
    const table = renderTable([quiet], tiktok, { color: false, words: it_ });
    const header = cellsOf(table.split('\n')[0]!);
    expect(cellsOf(table.split('\n')[1]!)[header.indexOf(CHECKS.find((c) => c.id === 'audio')!.label(it_))]).toBe(
      '! -21,8',
    );
    expect(table).toContain('-21,8 LUFS');
  });

  it('times a report in Italian, with a decimal comma', () => {
    expect(reportTiming(3185, 49, it_)).toBe('49 bozze in 3,2 s, 65 ms per bozza');
    expect(reportTiming(420, 1, it_)).toBe('1 bozza in 420 ms, 420 ms per bozza');
  });
});
