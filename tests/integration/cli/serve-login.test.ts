import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../../helpers/preflight-cli.js';

// `serve` needs the built UI (npm run build); without it there is nothing to serve.
const BUILT = existsSync(resolve(import.meta.dirname, '../../../out/renderer/index.html'));

let work: string;
let child: ChildProcess;
let output = '';
let openedArgs: string;

const waitFor = async <T>(probe: () => T | undefined, what: string, ms = 20_000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

const links = (): string[] => [...output.matchAll(/Log in at (\S+)/g)].map((m) => m[1]!);

beforeAll(async () => {
  if (!BUILT) return;
  work = mkdtempSync(join(tmpdir(), 'preflight-serve-'));
  // A stand-in browser opener that records the arguments it was given, as /proc/<pid>/cmdline would show them.
  openedArgs = join(work, 'opened.txt');
  const opener = join(work, 'xdg-open');
  writeFileSync(opener, `#!/bin/sh\nprintf '%s\\n' "$@" > "${openedArgs}"\n`);
  chmodSync(opener, 0o755);
  child = spawn(process.execPath, [BIN, 'serve', '--open', '--db', join(work, 'history.db')], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, PATH: `${work}:${process.env.PATH ?? ''}` },
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(() => (links().length ? true : undefined), 'the printed login link');
});

afterAll(() => {
  child?.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
});

const get = (url: string, cookie?: string) =>
  fetch(url, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} });

describe.skipIf(!BUILT)('preflight serve login links', () => {
  it('--open hands the browser a single-use nonce, never the token', async () => {
    const opened = await waitFor(
      () => (existsSync(openedArgs) ? readFileSync(openedArgs, 'utf8').trim() : undefined),
      'the browser opener',
    );
    const token = /Bearer (\S+)"/.exec(output)![1]!;
    expect(opened).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[\w-]+\/\?login=[\w-]+$/);
    expect(opened).not.toContain(token);
    expect(output).not.toMatch(/[?&]token=/);

    const first = await get(opened);
    expect(first.status).toBe(303);
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    expect(cookie).not.toContain(token);
    expect((await get(opened.replace(/\?.*$/, ''), cookie)).status).toBe(200);

    const again = await get(opened);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain(
      'This link was already used; run <code>preflight serve</code> again or use the open window',
    );
  });

  it('the printed link is single-use too, and Enter prints a fresh one', async () => {
    const [printed] = links();
    expect((await get(printed!)).status).toBe(303);
    expect((await get(printed!)).status).toBe(410);
    child.stdin!.write('\n');
    const fresh = await waitFor(() => (links().length > 1 ? links().at(-1) : undefined), 'a new link');
    expect(fresh).not.toBe(printed);
    expect((await get(fresh)).status).toBe(303);
  });
});
