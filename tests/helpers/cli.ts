import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The command as users run it (the built CLI behind bin/preflight.cjs). */
export const PREFLIGHT_BIN = resolve(import.meta.dirname, '../../bin/preflight.cjs');

/** Runs `preflight …` to the end, without colour, and returns its exit code and output. */
export function runPreflight(args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [PREFLIGHT_BIN, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
