import { copyFileSync, linkSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFixture } from '../fixtures/fixtures.js';
import { F } from '../fixtures/recipes.js';

/**
 * A folder an editor might drop: one ready draft with its caption file, one too short, one with a
 * dead opening, one not a video, and a cover image beside them (skipped, and said so).
 */
export async function draftFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-e2e-drafts-'));
  copyFileSync(await ensureFixture(F.pass15), join(dir, '01 ready.mp4'));
  copyFileSync(await ensureFixture(F.dur25), join(dir, '02 long.mp4'));
  copyFileSync(await ensureFixture(F.blackOpening), join(dir, '03 black opening.mp4'));
  copyFileSync(await ensureFixture(F.textAsVideo), join(dir, '04 notes.mp4'));
  writeFileSync(join(dir, '01 ready.txt'), 'Tre idee per il tuo outfit estivo #moda');
  writeFileSync(join(dir, 'cover.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  return dir;
}

/** Many long drafts, so a batch is still running when the test cancels it. */
export async function longFolder(count = 12): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-e2e-long-'));
  mkdirSync(dir, { recursive: true });
  const long = await ensureFixture(F.dur45);
  for (let i = 0; i < count; i++) linkSync(long, join(dir, `long-${String(i).padStart(2, '0')}.mp4`));
  return dir;
}
