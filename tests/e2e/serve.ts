import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../bin/preflight.cjs');
const LINK = /Log in at (http:\/\/127\.0\.0\.1:\d+\/\S*\?login=\S+)/g;

export interface Served {
  /** A fresh single-use login link (each page needs its own: a link works once). */
  loginUrl(): Promise<string>;
  stop(): Promise<void>;
}

/** Starts `preflight serve` on a free port with its own database; new login links come from pressing Enter in it. */
export async function serve(): Promise<Served> {
  const db = join(mkdtempSync(join(tmpdir(), 'preflight-e2e-db-')), 'history.db');
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--db', db], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let handedOut = 0;
  const links = (): string[] => [...output.matchAll(LINK)].map((m) => m[1]!);
  const nextLink = (): Promise<string> =>
    new Promise<string>((done, fail) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL'); // never leave a server behind a failed start
        fail(new Error(`preflight serve gave no login link:\n${output}`));
      }, 30_000);
      const check = (): void => {
        const all = links();
        if (all.length <= handedOut) return;
        clearTimeout(timer);
        child.stdout!.off('data', check);
        done(all[handedOut++]!);
      };
      child.stdout!.on('data', check);
      check();
    });
  const onData = (chunk: Buffer) => (output += chunk.toString());
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  child.on('exit', (code) => {
    if (handedOut === 0) output += `\npreflight serve exited (${code})`;
  });
  await nextLink().then(() => (handedOut = 0));
  return {
    loginUrl: () => {
      if (handedOut > 0) child.stdin!.write('\n');
      return nextLink();
    },
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.on('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** Where the end-to-end screenshots go (looked at before a UI change is called done). */
export const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');

/**
 * One `preflight serve` for the spec file that calls this at its top level: started before its
 * tests, stopped after them. The screenshots folder exists by then.
 */
export function servedForThisFile(): Pick<Served, 'loginUrl'> {
  let served: Served | undefined;
  test.beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    served = await serve();
  });
  test.afterAll(async () => served?.stop());
  return { loginUrl: () => served!.loginUrl() };
}

/** Logs in with a fresh link, types the folder into the path box and starts the check. */
export async function startCheck(
  page: Page,
  served: Pick<Served, 'loginUrl'>,
  folder: string,
  options: { noCache?: boolean } = {},
): Promise<void> {
  await page.goto(await served.loginUrl());
  await expect(page.getByText('Drop drafts or a folder here')).toBeVisible();
  if (options.noCache) await page.getByLabel('Decode every draft again').check();
  await page.getByLabel('Folder or file paths on this machine').fill(folder);
  await page.getByRole('button', { name: 'Check drafts' }).click();
  // The batch view opens with the batch running: only from here does "no progress bar" mean "finished"
  // (before it, a row clicked has no result yet and opens no card). Or the inputs are refused.
  await expect(page.locator('main .batch').or(page.getByRole('alert')).first()).toBeVisible();
}
