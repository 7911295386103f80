import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../../helpers/preflight-cli.js';

// `serve` needs the built UI (npm run build); without it there is nothing to serve.
const BUILT = existsSync(resolve(import.meta.dirname, '../../../out/renderer/index.html'));

/** Starts `serve --open` with the given stand-in opener on PATH and returns what it printed within a few seconds. */
async function serveOpen(opener: string | null): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'preflight-serve-open-'));
  if (opener !== null) {
    writeFileSync(join(work, 'xdg-open'), opener);
    chmodSync(join(work, 'xdg-open'), 0o755);
  }
  const child = spawn(process.execPath, [BIN, 'serve', '--open', '--db', join(work, 'history.db')], {
    stdio: ['pipe', 'pipe', 'pipe'],
    // Only the stand-in folder: no real xdg-open can be found (Node itself is started by its full path).
    env: { ...process.env, PATH: work },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const end = Date.now() + 20_000;
  while (!/Could not open a browser/.test(output) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
  return output;
}

describe.skipIf(!BUILT)('serve --open when no browser opens', () => {
  it('an opener that finds no browser (exit 3) is reported, pointing at the printed link', async () => {
    const output = await serveOpen('#!/bin/sh\nexit 3\n');
    expect(output).toMatch(/Log in at http/);
    expect(output).toContain(
      'Could not open a browser (xdg-open exited with code 3): open the "Log in at" link above yourself.',
    );
  });

  it('no opener at all is reported too', async () => {
    const output = await serveOpen(null);
    expect(output).toMatch(/Could not open a browser \(xdg-open: ENOENT\)/);
  });
});
