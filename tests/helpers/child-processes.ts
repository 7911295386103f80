import { readdirSync, readFileSync } from 'node:fs';

/** Names of the live child processes of this process, read from /proc (Linux), so tests see real leaks. */
export function liveChildProcesses(parentPid = process.pid): string[] {
  const names: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Format: pid (comm) state ppid ...; comm may contain spaces, so split after the last ')'.
      const close = stat.lastIndexOf(')');
      const [state, ppid] = stat.slice(close + 2).split(' ');
      if (Number(ppid) === parentPid && state !== 'Z') names.push(stat.slice(stat.indexOf('(') + 1, close));
    } catch {
      // the process ended while we looked
    }
  }
  return names;
}
