import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../analysis/checks/index.js';
import { wordsFor } from '../../../analysis/i18n/words.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { neutralise, quote, renderCsvReport } from '../../../analysis/report/csv.js';
import { buildReportModel } from '../../../analysis/report/model.js';
import { scoreDraft } from '../../../analysis/score.js';
import { parseCsv } from '../../helpers/csv.js';
import { makeMeasurements } from '../helpers/measurements.js';
import { analyzed, errored, failing, passing } from '../helpers/results.js';

const model = (results: Parameters<typeof buildReportModel>[0]['results']) =>
  buildReportModel({
    profile: getProfile('tiktok'),
    results,
    preflightVersion: '1.2.3',
    now: new Date('2026-11-22T10:00:00Z'),
  });

describe('CSV cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tleading tab', "'\tleading tab"],
    ['\rleading CR', "'\rleading CR"],
    ['plain text', 'plain text'],
    ['a=b', 'a=b'],
  ])('neutralises %j as a formula start', (cell, expected) => {
    expect(neutralise(cell)).toBe(expected);
  });

  it('writes numbers as numbers (a negative loudness is not a formula) and nothing for null', () => {
    expect(neutralise(-14.2)).toBe('-14.2');
    expect(neutralise(null)).toBe('');
    expect(neutralise(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(quote('a,b')).toBe('"a,b"');
    expect(quote('say "hi"')).toBe('"say ""hi"""');
    expect(quote('two\nlines')).toBe('"two\nlines"');
    expect(quote('plain')).toBe('plain');
    // where Excel splits on semicolons, a quoted field stays one text cell
    expect(quote('x;=HYPERLINK("http://evil")')).toBe('"x;=HYPERLINK(""http://evil"")"');
  });
});

describe('CSV report', () => {
  it('has one row per draft with each check status and value, and reads back exactly', () => {
    const rows = parseCsv(
      renderCsvReport(
        model([
          passing('/d/a, "quoted".mp4'),
          failing('/d/b.mp4'),
          errored('/d/c.mp4', 'truncated', 'Cut short, export again.'),
        ]),
      ),
    );
    const [header, a, b, c] = rows;
    expect(rows).toHaveLength(4);
    expect(header!.slice(0, 11)).toEqual([
      'index',
      'path',
      'name',
      'profile',
      'status',
      'verdict',
      'score',
      'verdict_reason',
      'title',
      'error_code',
      'error_message',
    ]);
    // every check: status, value with its unit in the column name, advice when it did not pass
    expect(header).toHaveLength(11 + CHECKS.length * 3);
    for (const column of [
      'duration_s',
      'loudness_lufs',
      'bitrate_kbps',
      'size_mb',
      'frame_rate_fps',
      'loop_similarity',
    ])
      expect(header).toContain(column);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    expect(a!.slice(0, 8)).toEqual([
      '1',
      '/d/a, "quoted".mp4',
      'a, "quoted".mp4',
      'tiktok',
      'analyzed',
      'pass',
      '100',
      '',
    ]);
    const col = (name: string) => header!.indexOf(name);
    expect(a![col('loudness_lufs')]).toBe('-14');
    expect(a![col('duration_s')]).toBe('15');
    // 15,000,000 bytes in the size_mb column (decimal MB, as the platforms count)
    expect(a![col('size_mb')]).toBe('15');
    expect(a![col('duration advice')]).toBe('');
    expect(b![col('verdict')]).toBe('fail');
    expect(b![col('duration status')]).toBe('fail');
    // the reason for the verdict is the first thing to fix, and each failing check carries its advice
    expect(b![col('verdict_reason')]).toMatch(/^Duration: /);
    expect(b![col('duration advice')]).toContain('shorter than');
    expect(c!.slice(4, 11)).toEqual([
      'error',
      '',
      '',
      'Incomplete file: Cut short, export again.',
      '',
      'truncated',
      'Cut short, export again.',
    ]);
  });

  it('keeps a unit column numeric: a draft without sound leaves loudness_lufs empty and says why in status and advice', () => {
    const base = makeMeasurements();
    const mute = analyzed('/d/mute.mp4', { audio: { ...base.audio, present: false, integratedLufs: null } });
    const silent = analyzed('/d/silent.mp4', { audio: { ...base.audio, silent: true, integratedLufs: null } });
    const [header, ...rows] = parseCsv(renderCsvReport(model([mute, silent, passing('/d/loud.mp4')])));
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => row[col('loudness_lufs')])).toEqual(['', '', '-14']);
    expect(rows.map((row) => row[col('audio status')])).toEqual(['fail', 'fail', 'pass']);
    expect(rows[0]![col('audio advice')]).toMatch(/no audio track|sound/i);
    expect(rows[1]![col('audio advice')]).toMatch(/silent/i);
    // text columns keep their text
    expect(rows[0]![col('video_codec')]).toBe('h264');
  });

  it('neutralises a hostile file name and title', () => {
    const hostile = analyzed('/d/=HYPERLINK("evil.example","x").mp4', {
      metadata: { title: '=HYPERLINK("http://evil","x")' },
    });
    const [header, row] = parseCsv(renderCsvReport(model([hostile])));
    expect(row![header!.indexOf('name')]).toBe(`'=HYPERLINK("evil.example","x").mp4`);
    expect(row![header!.indexOf('title')]).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(row!.some((cell) => /^[=+\-@\t\r]/.test(cell) && Number.isNaN(Number(cell)))).toBe(false);
  });

  it('starts with a UTF-8 byte-order mark and ends each record with CRLF', () => {
    const text = renderCsvReport(model([passing('/d/한국어 🎬.mp4')]));
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('한국어 🎬.mp4');
  });
});

describe('CSV report in Italian', () => {
  it('keeps its machine columns and values, and says the reasons and advice in Italian', () => {
    const words = wordsFor('it');
    const profile = getProfile('tiktok');
    const measurements = makeMeasurements({
      durationSec: 0.5,
      decode: { declaredDurationSec: 0.5, decodedDurationSec: 0.5 },
    });
    const italian = buildReportModel({
      profile,
      words,
      results: [
        { path: '/d/b.mp4', status: 'analyzed', measurements, scorecard: scoreDraft(measurements, profile, words) },
        {
          path: '/d/c.mp4',
          status: 'error',
          error: { code: 'truncated', message: 'The file is incomplete.', phrase: { key: 'errors.media.truncated' } },
        },
      ],
      preflightVersion: '1.2.3',
    });
    const [header, b, c] = parseCsv(renderCsvReport(italian));
    const english = parseCsv(renderCsvReport(model([passing()])))[0];
    expect(header).toEqual(english);
    const col = (name: string) => header!.indexOf(name);
    expect(b![col('verdict')]).toBe('fail');
    expect(b![col('duration status')]).toBe('fail');
    expect(b![col('duration_s')]).toBe('0.5');
    expect(b![col('verdict_reason')]).toMatch(/^Durata: .*0,5 s/);
    expect(b![col('duration advice')]).toContain('0,5 s');
    expect(b![col('duration advice')]).not.toMatch(/shorter than/);
    expect(c![col('verdict_reason')]).toMatch(/^File incompleto: Il file è incompleto \(manca il suo indice\)/);
    expect(c![col('error_code')]).toBe('truncated');
    expect(c![col('error_message')]).toMatch(/^Il file è incompleto/);
  });
});
