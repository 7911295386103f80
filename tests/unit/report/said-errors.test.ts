import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { said } from '../../../analysis/cli/language.js';
import { english, wordsFor } from '../../../analysis/i18n/words.js';
import { reportFormatOf, ReportFormatError } from '../../../analysis/report/formats.js';
import { guardReportTarget, TargetRefusedError } from '../../../analysis/report/guard/report-target.js';
import { writeFileAtomic, WriteError } from '../../../analysis/report/write-atomic.js';
import { runResults, saveResult } from '../../../analysis/store/queries/results.js';
import { createRun } from '../../../analysis/store/queries/runs.js';
import { openTempStore } from '../../helpers/stores.js';

const italian = wordsFor('it');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'preflight-said-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a call threw (it must throw). */
async function thrown(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('it did not throw');
}

describe('report errors carry a phrase: English message, said again in the reader’s language', () => {
  it('an unknown report format', async () => {
    const error = await thrown(() => reportFormatOf('r.html', 'docx'));
    expect(error).toBeInstanceOf(ReportFormatError);
    expect((error as Error).message).toBe('Unknown report format "docx": use html, pdf, csv, json.');
    expect(said(error, english())).toBe((error as Error).message);
    expect(said(error, italian)).toBe(
      italian.t('errors.report.unknownFormat', { format: 'docx', formats: 'html, pdf, csv, json' }),
    );
    expect(said(error, italian)).not.toBe((error as Error).message);
  });

  it('a refused target', async () => {
    const notes = join(dir, 'notes.html');
    writeFileSync(notes, 'mine');
    const error = await thrown(() => guardReportTarget(notes, { inputs: [], force: false }));
    expect(error).toBeInstanceOf(TargetRefusedError);
    expect((error as TargetRefusedError).reason).toBe('foreign');
    expect((error as Error).message).toBe(
      `Refusing to write ${notes}: it exists and is not a Preflight report. Nothing was written; add --force to replace it.`,
    );
    expect(said(error, italian)).toBe(italian.t('errors.report.refusedForeign', { path: notes }));
  });

  it('a write that failed', async () => {
    const folder = join(dir, 'missing');
    const target = join(folder, 'r.csv');
    const error = await thrown(() => writeFileAtomic(target, 'x'));
    expect(error).toBeInstanceOf(WriteError);
    expect((error as Error).message).toBe(
      `Cannot write ${target}: the folder ${folder} does not exist (create it, or name another folder). Nothing was written.`,
    );
    expect(said(error, italian)).toBe(italian.t('errors.report.cannotWrite.noFolder', { path: target, folder }));
  });
});

describe('a stored result with neither a scorecard nor an error', () => {
  it('is said to be incomplete, in the reader’s language too', () => {
    const store = openTempStore();
    try {
      const runId = createRun(store.db, { kind: 'check', profile: 'tiktok', inputs: ['/d'], analyzerVersion: 3 });
      // Analysed, but its measurements are gone (measurement_id null): nothing to show.
      saveResult(store.db, {
        runId,
        position: 0,
        result: {
          path: '/d/a.mp4',
          status: 'analyzed',
          scorecard: { verdict: 'pass', score: 100, checks: [], findings: [] },
        } as never,
        fingerprint: null,
        measurementId: null,
        cached: false,
      });
      const [stored] = runResults(store.db, runId);
      expect(stored!.result.status).toBe('error');
      if (stored!.result.status !== 'error') return;
      expect(stored!.result.error.message).toBe('The stored result is incomplete.');
      expect(said(stored!.result.error, italian)).toBe(italian.t('errors.store.incompleteResult'));
      expect(said(stored!.result.error, italian)).not.toBe('The stored result is incomplete.');
    } finally {
      store.close();
    }
  });
});
