import { describe, expect, it } from 'vitest';
import {
  buildResultDocument,
  RESULT_SCHEMA_VERSION,
  summarise,
  toContractFile,
} from '../../../analysis/report/json-contract.js';
import { ANALYZER_VERSION } from '../../../analysis/measure/version.js';
import { errored, failing, passing, warning } from '../helpers/results.js';

describe('buildResultDocument', () => {
  const results = [
    passing('/d/a.mp4'),
    warning('/d/b.mp4'),
    errored('/d/c.mp4', 'truncated', 'The file is incomplete.'),
    failing('/d/d.mp4'),
    passing('/d/e.mp4'),
  ];
  const doc = buildResultDocument('tiktok', results);

  it('carries the schema version, analyser version, profile and summary counts', () => {
    expect(RESULT_SCHEMA_VERSION).toBe(1);
    expect(doc).toMatchObject({ schemaVersion: 1, analyzerVersion: ANALYZER_VERSION, profile: 'tiktok', lang: 'en' });
    expect(doc.summary).toEqual({ total: 5, pass: 2, warn: 1, fail: 1, error: 1, notChecked: 0 });
    expect(Object.keys(doc)).toEqual([
      'schemaVersion',
      'analyzerVersion',
      'profile',
      'lang',
      'summary',
      'files',
      'skipped',
    ]);
    expect(doc.skipped).toEqual([]);
  });

  it('keeps the input order of files', () => {
    expect(doc.files.map((f) => f.path)).toEqual(['/d/a.mp4', '/d/b.mp4', '/d/c.mp4', '/d/d.mp4', '/d/e.mp4']);
  });

  it('gives an error file its error and no verdict, score, checks or measurements', () => {
    expect(doc.files[2]).toEqual({
      path: '/d/c.mp4',
      status: 'error',
      error: { code: 'truncated', message: 'The file is incomplete.' },
    });
  });

  it('gives an analysed file its verdict, score, checks and measurements', () => {
    const source = results[1]!;
    if (source.status !== 'analyzed') throw new Error('expected an analysed fixture');
    const file = doc.files[1]!;
    expect(Object.keys(file).sort()).toEqual([
      'checks',
      'findings',
      'measurements',
      'path',
      'score',
      'status',
      'verdict',
    ]);
    expect(file.findings).toEqual(source.scorecard.findings);
    // every check carries its short label and its value as people read it
    for (const check of file.checks!)
      expect(check).toMatchObject({ label: expect.any(String), valueText: expect.any(String) });
    expect(file).toMatchObject({ status: 'analyzed', verdict: 'warn', score: source.scorecard.score });
    expect(file.checks).toHaveLength(14);
    expect(file.measurements).toEqual(source.measurements);
    expect(file.error).toBeUndefined();
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('summarise / toContractFile', () => {
  it('counts nothing for no files', () => {
    expect(summarise([])).toEqual({ total: 0, pass: 0, warn: 0, fail: 0, error: 0, notChecked: 0 });
    expect(buildResultDocument('reels', []).files).toEqual([]);
  });

  it('maps one result at a time', () => {
    expect(toContractFile(errored('/x.mp4', 'not-a-video', 'Not a video.'))).toEqual({
      path: '/x.mp4',
      status: 'error',
      error: { code: 'not-a-video', message: 'Not a video.' },
    });
    expect(toContractFile(failing('/y.mp4'))).toMatchObject({ path: '/y.mp4', status: 'analyzed', verdict: 'fail' });
  });
});

describe('a cancelled run reads the same at check time and from history', () => {
  const finished = [passing('/d/a.mp4'), errored('/d/b.mp4', 'truncated', 'The file is incomplete.')];
  const stopped = ['/d/c.mp4', '/d/d.mp4', '/d/e.mp4'].map((path) =>
    errored(path, 'cancelled', 'Cancelled before this file finished.'),
  );
  const run = {
    id: 3,
    kind: 'check' as const,
    status: 'cancelled' as const,
    startedAt: '2026-12-03T10:00:00Z',
    sourceRunId: null,
    total: 5,
  };

  it('counts the stopped drafts as not checked, never as errors, with or without their file entries', () => {
    const atCheck = buildResultDocument('tiktok', [...finished, ...stopped], run).summary;
    const stored = buildResultDocument('tiktok', finished, run).summary;
    expect(atCheck).toEqual({ total: 5, pass: 1, warn: 0, fail: 0, error: 1, notChecked: 3 });
    expect(stored).toEqual(atCheck);
  });
});
