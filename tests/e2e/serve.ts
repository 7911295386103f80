import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../bin/preflight.js');
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
