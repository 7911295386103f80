import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../analysis/api/dispatch.js';
import { DownloadRegistry } from '../../../analysis/api/http/downloads.js';
import { langOfRequest, startHttpTransport, type HttpTransport } from '../../../analysis/api/http/server.js';
import { PreflightService } from '../../../analysis/api/service.js';
import type { Lang } from '../../../analysis/i18n/lang.js';
import { english, wordsFor } from '../../../analysis/i18n/words.js';
import { tryOpenHistory } from '../../../analysis/runs/history.js';
import { requestText } from '../../helpers/browser-server.js';

let root: string;
let renderer: string;

/** Italian as the catalogue says it today (its wording may change; that it is the Italian entry may not). */
const italianWords = wordsFor('it');
const en = english();
const command = { command: '<code>preflight serve</code>' };

/** A GET under the server's base path, with the headers given (and its own Host and token). */
const get = (transport: HttpTransport, path: string, headers: Record<string, string> = {}) =>
  requestText(transport, path, { headers });

/** Browser mode without history, its service speaking `lang` until a browser names one. */
async function serverIn(lang?: Lang): Promise<{ transport: HttpTransport; stop: () => Promise<void> }> {
  const downloads = new DownloadRegistry();
  const service = new PreflightService({
    store: undefined,
    mode: 'browser',
    version: 'test',
    lang,
    deliver: (name, data) => downloads.add(name, data),
  });
  const transport = await startHttpTransport({ service, downloads, rendererDir: renderer });
  return {
    transport,
    stop: async () => {
      await transport.close();
      service.shutdown();
    },
  };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'preflight-http-lang-'));
  renderer = join(root, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Preflight</title>');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the language of what the browser-mode server says', () => {
  it('is the first tag of Accept-Language, else the server’s own', () => {
    expect(langOfRequest('it-IT,it;q=0.9,en;q=0.8', 'en')).toBe('it');
    expect(langOfRequest('it', 'en')).toBe('it');
    expect(langOfRequest('en-GB,it;q=0.5', 'it')).toBe('en');
    // A language Preflight does not speak is English, not the server's.
    expect(langOfRequest('fr-FR,fr', 'it')).toBe('en');
    expect(langOfRequest(undefined, 'it')).toBe('it');
    expect(langOfRequest('', 'it')).toBe('it');
    expect(langOfRequest('*', 'it')).toBe('it');
  });

  it('an expired download, a missing page and a spent login link, in the browser’s language', async () => {
    const { transport, stop } = await serverIn('en');
    try {
      const italian = { 'Accept-Language': 'it-IT,it;q=0.9,en;q=0.8' };
      const download = await get(transport, '/download/nope', italian);
      expect(download.status).toBe(404);
      expect(download.body).toBe(italianWords.t('app.server.downloadExpired'));
      expect(download.body).not.toBe(en.t('app.server.downloadExpired'));
      expect((await get(transport, '/download/nope')).body).toBe('This download has expired; export the report again.');
      expect((await get(transport, '/missing.js', italian)).body).toBe(italianWords.t('app.server.notFound'));
      expect((await get(transport, '/%zz', italian)).body).toBe(italianWords.t('app.server.badEscape'));

      const link = new URL(transport.newLoginUrl());
      expect((await get(transport, `/${link.search}`, { 'Accept-Language': 'it' })).status).toBe(303);
      const again = await get(transport, `/${link.search}`, { 'Accept-Language': 'it' });
      expect(again.status).toBe(410);
      expect(again.body).toContain('<html lang="it">');
      expect(again.body).toContain(italianWords.t('app.login.used', command));
      const english = await get(transport, `/${link.search}`, { 'Accept-Language': 'en-US' });
      expect(english.body).toContain('This link was already used');
    } finally {
      await stop();
    }
  });

  it('without Accept-Language: the server’s language (`serve --lang it`)', async () => {
    const { transport, stop } = await serverIn('it');
    try {
      expect((await get(transport, '/download/nope')).body).toBe(italianWords.t('app.server.downloadExpired'));
      const link = new URL(transport.newLoginUrl(1));
      await new Promise((r) => setTimeout(r, 20));
      const late = await get(transport, `/${link.search}`);
      expect(late.status).toBe(410);
      expect(late.body).toContain(italianWords.t('app.login.expired', command));
      // A browser that names its language still hears it.
      expect((await get(transport, '/download/nope', { 'Accept-Language': 'en' })).body).toBe(
        'This download has expired; export the report again.',
      );
    } finally {
      await stop();
    }
  });
});

describe('the history notice, said in the caller’s language', () => {
  it('environment() and the no-history failure say why history is off in the language asked for', async () => {
    const thesis = join(root, 'thesis.txt');
    writeFileSync(thesis, 'Chapter 1\n'.repeat(100));
    // The desktop opens its history in the system's language (English here)…
    const opened = tryOpenHistory({ path: thesis, privateFolder: false }, english());
    expect(opened.store).toBeUndefined();
    expect(opened.notice).toMatch(/^History and cache are off: .*thesis\.txt is not a Preflight history database/);
    const service = new PreflightService({
      store: undefined,
      notice: opened.notice,
      noticePhrases: opened.noticePhrases,
      mode: 'browser',
      version: 'test',
      deliver: () => Promise.reject(new Error('no export here')),
    });
    // …and the window that asks in Italian reads it in Italian.
    const italian = await service.environment({ lang: 'it' });
    expect(italian.notice).toBe(
      `${italianWords.t('errors.store.historyOffLead')} ${italianWords.t('errors.store.foreignFile', { path: thesis })}`,
    );
    expect(italian.notice).not.toBe(opened.notice);
    expect(await dispatch(service, 'runs', {})).toMatchObject({
      ok: false,
      error: { code: 'no-history', message: italian.notice },
    });
    expect((await service.environment({ lang: 'en' })).notice).toBe(opened.notice);
    expect(await dispatch(service, 'runs', {})).toMatchObject({ ok: false, error: { message: opened.notice } });
    // Through the dispatcher, as the UI calls it.
    expect(await dispatch(service, 'environment', { lang: 'it' })).toMatchObject({
      ok: true,
      value: { notice: italian.notice },
    });
  });

  it('a service given only the notice text keeps saying it as given', async () => {
    const service = new PreflightService({
      store: undefined,
      notice: 'History and cache are off: because.',
      mode: 'browser',
      version: 'test',
      deliver: () => Promise.reject(new Error('no export here')),
    });
    expect((await service.environment({ lang: 'it' })).notice).toBe('History and cache are off: because.');
    expect(await dispatch(service, 'runs', {})).toMatchObject({
      ok: false,
      error: { code: 'no-history', message: 'History and cache are off: because.' },
    });
  });
});
