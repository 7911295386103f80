import { timeCommand, type Timed } from './process-tree.js';

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export const verdict = (value: number, target: number): string => `≤ ${target} ${value <= target ? '✓' : '✗'}`;

/** Runs a command `runs` times; a non-zero exit other than 1 (a failing verdict) stops the bench. */
export async function timedRuns(label: string, command: string, args: string[], runs: number): Promise<Timed[]> {
  const all: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await timeCommand(command, args);
    if (run.code !== 0 && run.code !== 1) throw new Error(`${label} exited with ${String(run.code)}`);
    all.push(run);
  }
  return all;
}

/**
 * Two commands run in turns (a, b, a, b…) so a noisy neighbour hits both alike; the figure is
 * the median of the per-pair ratios b/a.
 */
export async function pairedRatio(
  a: { label: string; command: string; args: string[] },
  b: { label: string; command: string; args: string[] },
  runs: number,
): Promise<{ ratio: number; aMs: number; bMs: number; aCpu: number; bCpu: number }> {
  const as: Timed[] = [];
  const bs: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(...(await timedRuns(a.label, a.command, a.args, 1)));
    bs.push(...(await timedRuns(b.label, b.command, b.args, 1)));
  }
  return {
    ratio: median(as.map((run, i) => bs[i]!.wallMs / run.wallMs)),
    aMs: median(as.map((r) => r.wallMs)),
    bMs: median(bs.map((r) => r.wallMs)),
    aCpu: median(as.map((r) => r.cpuSec)),
    bCpu: median(bs.map((r) => r.cpuSec)),
  };
}

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')).join('\n');
}
