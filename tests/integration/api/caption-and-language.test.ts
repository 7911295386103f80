import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../../analysis/api/contract.js';
import { dispatch } from '../../../analysis/api/dispatch.js';
import type { PreflightService } from '../../../analysis/api/service.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { serviceOn } from '../../helpers/service.js';
import { openTempStore } from '../../helpers/stores.js';

let dir: string;
const draft = () => join(dir, 'a.mp4');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'preflight-caption-api-'));
  copyFileSync(await ensureFixture(F.dur8), draft());
  writeFileSync(join(dir, 'a.txt'), 'Outfit estivo #perte #fyp\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function checked(service: PreflightService, lang?: 'en' | 'it') {
  const done = new Promise<Extract<ApiEvent, { type: 'batch-finished' }>>((resolve) =>
    service.subscribe((event) => event.type === 'batch-finished' && resolve(event)),
  );
  const { runId } = await service.check({ inputs: [dir], profile: 'tiktok', ...(lang ? { lang } : {}) });
  await done;
  return runId!;
}

const captionCheck = (file: { checks?: Array<{ id: string; status: string; message: string }> }) =>
  file.checks?.find((c) => c.id === 'caption');

describe('service: languages and captions', () => {
  it('checks in Italian, remembers it, and re-renders in English without decoding', async () => {
    const store = openTempStore();
    const service = serviceOn(store);
    const runId = await checked(service, 'it');
    const italian = await service.run({ runId });
    expect(italian.lang).toBe('it');
    const duration = italian.files[0]!.checks!.find((c) => c.id === 'duration')!;
    expect(duration.title).toBe('Durata');
    expect(duration.message).toMatch(/8,0 s/);
    const english = await service.run({ runId, lang: 'en' });
    expect(english.lang).toBe('en');
    expect(english.files[0]!.checks!.find((c) => c.id === 'duration')!.message).toMatch(/^8\.0 s is outside/);
    // Same figures, statuses and findings in both languages.
    expect(english.files[0]!.findings).toEqual(italian.files[0]!.findings);
    expect(english.files[0]!.score).toBe(italian.files[0]!.score);
    store.close();
  });

  it('scores the caption beside the draft, and the caption field saves and re-scores it', async () => {
    const store = openTempStore();
    const service = serviceOn(store);
    const runId = await checked(service);
    const first = (await service.run({ runId })).files[0]!;
    expect(first.caption).toMatchObject({ text: 'Outfit estivo #perte #fyp', origin: 'file' });
    expect(captionCheck(first)).toMatchObject({ status: 'warn' });

    const fixed = await service.setCaption({
      runId,
      path: draft(),
      text: 'Tre idee per il tuo outfit estivo 👇 Quale scegli? #moda #outfitestate',
      saveTo: 'file',
    });
    expect(captionCheck(fixed)).toMatchObject({ status: 'pass' });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(
      'Tre idee per il tuo outfit estivo 👇 Quale scegli? #moda #outfitestate\n',
    );
    // Stored with the run: reopening shows the new caption and its check.
    const reopened = (await service.run({ runId })).files[0]!;
    expect(captionCheck(reopened)).toMatchObject({ status: 'pass' });
    expect(reopened.score).toBe(fixed.score);

    // Shown for another profile (a view-only re-score): the answer is scored for that one.
    const forShorts = await service.setCaption({
      runId,
      path: draft(),
      text: `Quale scegli? ${'x'.repeat(120)}`,
      saveTo: 'history',
      profile: 'shorts',
    });
    expect(captionCheck(forShorts)).toMatchObject({ status: 'fail' });
    expect(captionCheck((await service.run({ runId })).files[0]!)).toMatchObject({ status: 'pass' });

    const historyOnly = await service.setCaption({ runId, path: draft(), text: 'Solo qui #perte', saveTo: 'history' });
    expect(historyOnly.caption).toMatchObject({ origin: 'app' });
    expect(captionCheck(historyOnly)).toMatchObject({ status: 'warn' });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toMatch(/^Tre idee/);

    const cleared = await service.setCaption({ runId, path: draft(), text: '   ', saveTo: 'file' });
    expect(captionCheck(cleared)).toBeUndefined();
    expect(existsSync(join(dir, 'a.txt'))).toBe(false);
    store.close();
  });

  it('refuses a caption over 100 KB and a draft no run shows', async () => {
    const store = openTempStore();
    const service = serviceOn(store);
    const runId = await checked(service);
    await expect(
      service.setCaption({ runId, path: draft(), text: 'a'.repeat(101 * 1024), saveTo: 'history' }),
    ).rejects.toThrow(/over 100 KB/);
    await expect(
      service.setCaption({ runId, path: join(dir, 'elsewhere.mp4'), text: 'x', saveTo: 'history' }),
    ).rejects.toThrow(/has no checked draft/);
    store.close();
  });

  it("says the engine's refusals in the language the window speaks", async () => {
    const store = openTempStore();
    const service = serviceOn(store);
    const runId = await checked(service, 'it');
    const refused = await dispatch(service, 'labelRun', { runId, label: 'x'.repeat(300) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'label-too-long' } });
    expect(!refused.ok && refused.error.message).toMatch(/^Il nome di un’analisi può avere al massimo 120 caratteri/);
    const english = await dispatch(service, 'exportReport', { runId: 999, format: 'csv', lang: 'en' });
    expect(!english.ok && english.error.message).toMatch(/There is no run 999/);
    store.close();
  });
});
