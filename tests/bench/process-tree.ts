import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

function readStatus(pid: number): { ppid: number; rssKb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { ppid, rssKb };
  } catch {
    return undefined;
  }
}

/** Resident memory of a process and all its descendants (Linux /proc), in KB. */
export function treeRssKb(root: number): number {
  const table = new Map<number, { ppid: number; rssKb: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const status = readStatus(Number(entry));
    if (status) table.set(Number(entry), status);
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += table.get(pid)?.rssKb ?? 0;
    for (const [child, info] of table) if (info.ppid === pid) stack.push(child);
  }
  return total;
}

export interface Timed {
  wallMs: number;
  /** User + system CPU of the command and every process it waited for (ffmpeg included). */
  cpuSec: number;
  peakTreeRssMb: number;
  code: number | null;
}

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS_PER_SEC = 100;

/**
 * CPU seconds of this process's waited-for children and their own waited-for children
 * (cutime + cstime in /proc/self/stat). Read before and after one command, run alone, the
 * difference is that command's whole tree.
 */
function childrenCpuSec(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ", field 3 (state) is index 0: cutime is field 16, cstime 17.
    return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SEC;
  } catch {
    return Number.NaN;
  }
}

/**
 * Runs a command; with sampleMemory, polls the whole process tree's memory every 20 ms. Polling
 * /proc costs CPU on a 2-core machine, so timed runs and memory runs are separate.
 */
export function timeCommand(command: string, args: string[], sampleMemory = false): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const cpuBefore = childrenCpuSec();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'ignore'] });
    let peak = 0;
    const timer = setInterval(() => {
      if (sampleMemory && child.pid) peak = Math.max(peak, treeRssKb(child.pid));
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        wallMs: Number(process.hrtime.bigint() - started) / 1e6,
        cpuSec: childrenCpuSec() - cpuBefore,
        peakTreeRssMb: peak / 1024,
        code,
      });
    });
  });
}
