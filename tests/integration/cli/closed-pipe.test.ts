import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../../bin/preflight.cjs');

describe('preflight writing into a pipe closed early (`preflight … | head`)', () => {
  it('ends quietly, without an EPIPE stack trace', async () => {
    // The reader goes away before the command writes: every write after that fails with EPIPE.
    const child = spawn(process.execPath, [BIN, 'profiles'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Unhandled 'error' event/);
    expect(code).toBe(0);
  });
});
