import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { runPreflight } from '../../helpers/cli.js';

let root: string;
let drafts: string;
let db: string;

/** The labels of the ffmpeg/ffprobe commands a run started (from the `PREFLIGHT_DEBUG` log). */
const commandsRun = (stderr: string): string[] =>
  [...stderr.matchAll(/^\[preflight\] ([^:\n]+): /gm)].map((m) => m[1]!).filter((label) => !label.startsWith(' '));
const pictureCount = (html: string): number => html.match(/data:image\/jpeg;base64,/g)?.length ?? 0;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'preflight-report-evidence-'));
  drafts = join(root, 'drafts');
  db = join(root, 'history.db');
  mkdirSync(drafts);
  copyFileSync(await ensureFixture(F.dur8), join(drafts, 'first draft.mp4'));
  copyFileSync(await ensureFixture(F.noAudio), join(drafts, 'second.mp4'));
});

/** Reports show the pictures the measurement kept: no second decode, even after the drafts moved. */
describe('report pictures come from the measurement', () => {
  it('check --report r.html takes the pictures in the measuring decode, not in extra ffmpeg runs', () => {
    const out = join(root, 'first.html');
    const run = runPreflight(['check', drafts, '--db', db, '--report', out], { PREFLIGHT_DEBUG: '1' });
    expect(run.code).not.toBe(2);
    const commands = commandsRun(run.stderr);
    expect(commands.filter((c) => c === 'opening decode')).toHaveLength(2);
    expect(commands).not.toContain('opening pictures');
    expect(commands).not.toContain('last frame');
    // Two drafts: six opening frames and the last frame each.
    expect(pictureCount(readFileSync(out, 'utf8'))).toBeGreaterThanOrEqual(14);
  });

  it('a cached re-check writes the same report without starting ffmpeg at all', () => {
    const out = join(root, 'cached.html');
    const run = runPreflight(['check', drafts, '--db', db, '--report', out], { PREFLIGHT_DEBUG: '1' });
    expect(run.stderr).toContain('2 of 2 from the cache');
    expect(commandsRun(run.stderr)).toEqual([]);
    expect(pictureCount(readFileSync(out, 'utf8'))).toBe(pictureCount(readFileSync(join(root, 'first.html'), 'utf8')));
  });

  it('a stored run keeps its pictures after its drafts have moved', () => {
    renameSync(drafts, join(root, 'moved'));
    const out = join(root, 'stored.html');
    const run = runPreflight(['report', '1', '--db', db, '--out', out], { PREFLIGHT_DEBUG: '1' });
    expect(run.code).toBe(0);
    expect(commandsRun(run.stderr)).toEqual([]);
    // Progress and cost on stderr: what is being written, then its time per draft.
    expect(run.stderr).toContain(`Writing ${out} (2 drafts)…`);
    expect(run.stderr).toMatch(
      new RegExp(`Report written: .*stored\\.html \\(2 drafts in \\d+(\\.\\d)? ms, \\d+(\\.\\d)? ms per draft\\)`),
    );
    const html = readFileSync(out, 'utf8');
    expect(pictureCount(html)).toBeGreaterThanOrEqual(14);
    expect(html).not.toMatch(/changed, moved or deleted/);
  });

  it('report --draft writes one draft of the run (named by its path when checked), even after it moved', () => {
    const out = join(root, 'one.html');
    const run = runPreflight(['report', '1', '--db', db, '--out', out, '--draft', join(drafts, 'second.mp4')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('(1 draft)');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('second.mp4');
    expect(html).not.toContain('first draft.mp4');
    const missing = runPreflight(['report', '1', '--db', db, '--out', join(root, 'none.html'), '--draft', '/nope.mp4']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('has no draft /nope.mp4');
  });
});
