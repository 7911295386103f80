import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../bin/preflight.js');

export interface Served {
  loginUrl: string;
  stop(): Promise<void>;
}

/** Starts `preflight serve` on a free port with its own database and returns the login link it prints. */
export async function serve(): Promise<Served> {
  const db = join(mkdtempSync(join(tmpdir(), 'preflight-e2e-db-')), 'history.db');
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const loginUrl = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // never leave a server behind a failed start
      fail(new Error(`preflight serve did not start:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => fail(new Error(`preflight serve exited (${code}):\n${output}`)));
  });
  return {
    loginUrl,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.on('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
