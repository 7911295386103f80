import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../analysis/i18n/words.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { buildResultDocument } from '../../../analysis/report/json-contract.js';
import {
  renderJsonReport,
  renderSidecar,
  type JsonReport,
  type SidecarDocument,
} from '../../../analysis/report/json-report.js';
import { buildReportModel } from '../../../analysis/report/model.js';
import { errored, passing } from '../helpers/results.js';

const results = [passing('/d/a.mp4'), errored('/d/b.mp4')];
const run = {
  id: 4,
  kind: 'check' as const,
  status: 'completed' as const,
  startedAt: '2026-11-22T09:00:00.000Z',
  sourceRunId: null,
};
const model = buildReportModel({
  profile: getProfile('reels'),
  results,
  run,
  preflightVersion: '1.2.3',
  now: new Date('2026-11-22T10:00:00Z'),
});

describe('JSON report', () => {
  it('is the public contract plus a report block with its own schemaVersion', () => {
    const report = JSON.parse(renderJsonReport(model)) as JsonReport;
    expect(report.report).toEqual({
      schemaVersion: 1,
      generatedAt: '2026-11-22T10:00:00.000Z',
      generator: 'Preflight 1.2.3',
    });
    const { report: _envelope, ...contract } = report;
    expect(contract).toEqual(JSON.parse(JSON.stringify(buildResultDocument('reels', results, run))));
  });

  it('writes one sidecar document per draft', () => {
    const sidecar = JSON.parse(renderSidecar(model, model.drafts[0]!)) as SidecarDocument;
    expect(sidecar).toMatchObject({
      schemaVersion: 1,
      profile: 'reels',
      run: { id: 4 },
      file: { path: '/d/a.mp4', status: 'analyzed', verdict: expect.any(String) },
    });
    expect(sidecar).not.toHaveProperty('files');
  });
});

describe('JSON report in Italian', () => {
  it('says its language at the top, and each error in it', () => {
    const italian = buildReportModel({
      profile: getProfile('reels'),
      words: wordsFor('it'),
      results: [
        {
          path: '/d/c.mp4',
          status: 'error',
          error: { code: 'truncated', message: 'The file is incomplete.', phrase: { key: 'errors.media.truncated' } },
        },
      ],
      preflightVersion: '1.2.3',
    });
    const report = JSON.parse(renderJsonReport(italian)) as JsonReport;
    expect(report.lang).toBe('it');
    expect(report.files[0]!.error).toEqual({
      code: 'truncated',
      message: expect.stringMatching(/^Il file è incompleto/),
    });
    expect((JSON.parse(renderSidecar(italian, italian.drafts[0]!)) as SidecarDocument).lang).toBe('it');
    expect((JSON.parse(renderJsonReport(model)) as JsonReport).lang).toBe('en');
  });
});
