import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../../analysis/batch/run-batch.js';
import type { FileResult } from '../../../analysis/batch/types.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { chromiumCandidates } from '../../../analysis/report/chromium.js';
import { cardTextLines } from '../../../analysis/report/html/card-density.js';
import { buildReportModel } from '../../../analysis/report/model.js';
import { writeReport } from '../../../analysis/report/write-report.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';

const chromium = chromiumCandidates().find((path) => existsSync(path));
const poppler = !spawnSync('pdfinfo', ['-v']).error && !spawnSync('pdftotext', ['-v']).error;
const tiktok = getProfile('tiktok');
let dir: string;
let results: FileResult[];

/** Drafts with many notes (codec, container, frame rate, pixel format, duration, bitrate…). */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'preflight-pdf-pages-'));
  for (const [name, recipe] of [
    ['1 webm.webm', F.webm],
    ['2 yuv444.mp4', F.yuv444],
    ['3 fps15.mp4', F.fps15],
    ['4 landscape.mp4', F.landscape],
    ['5 low bitrate.mp4', F.lowBitrate],
  ] as const)
    copyFileSync(await ensureFixture(recipe), join(dir, name));
  ({ results } = await runBatch([dir], { profile: tiktok }));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PDF: each draft on its own A4 page', () => {
  it('has drafts long enough to need the tighter layout', () => {
    const model = buildReportModel({ profile: tiktok, results, preflightVersion: 'test' });
    expect(Math.max(...model.drafts.map(cardTextLines))).toBeGreaterThanOrEqual(40);
  });

  it.skipIf(!chromium || !poppler)(
    `no card spans two pages${!chromium ? ' (skipped: no Chromium)' : !poppler ? ' (skipped: no poppler-utils)' : ''}`,
    async () => {
      const path = join(dir, 'report.pdf');
      await writeReport(path, { profile: tiktok, results, preflightVersion: 'test' }, { format: 'pdf' });
      expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
      const pages = Number(/^Pages:\s+(\d+)/m.exec(spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout)?.[1]);
      const text = (page: number): string =>
        spawnSync('pdftotext', ['-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' }).stdout;
      // Each card starts a page with its "n. name" heading; a card that spilled over leaves a page
      // that starts with the rest of its checks table instead.
      const starts = Array.from({ length: pages }, (_, i) => text(i + 1).trimStart());
      const cardPages = starts.filter((start) => /^\d+\. \d /.test(start));
      expect(cardPages).toHaveLength(results.length);
      const firstCard = starts.findIndex((start) => /^1\. /.test(start));
      const afterCards = starts.slice(firstCard, firstCard + results.length);
      for (const [i, start] of afterCards.entries()) expect(start, `page ${firstCard + i + 1}`).toMatch(/^\d+\. \d /);
    },
    120_000,
  );
});
