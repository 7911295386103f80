/**
 * `PREFLIGHT_DEBUG=1` (or `--verbose`): every ffmpeg/ffprobe command line, how long it ran and how
 * it ended, on stderr, so any figure can be reproduced by hand. Arguments are shell-quoted for copying.
 */
export function commandLogEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PREFLIGHT_DEBUG === '1' || env.PREFLIGHT_DEBUG === 'true';
}

const SAFE = /^[\w@%+=:,./-]+$/;

/** POSIX shell quoting: what a user pastes into a terminal runs the same command. */
export function shellQuote(arg: string): string {
  return arg !== '' && SAFE.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function formatCommand(binary: string, args: readonly string[]): string {
  return [binary, ...args].map(shellQuote).join(' ');
}

export interface CommandLogEntry {
  label: string;
  command: string;
  ms: number;
  /** When it started, in ms since this process started (shows which passes overlap). */
  startedAtMs?: number;
  /** Exit code, signal name, or what stopped it ("timeout", "cancelled"). */
  ended: string;
}

export function logCommand(
  entry: CommandLogEntry,
  write: (text: string) => void = (text) => process.stderr.write(text),
): void {
  if (!commandLogEnabled()) return;
  write(
    `[preflight] ${entry.label}: ${entry.command}\n[preflight]   ${entry.ended} after ${Math.round(entry.ms)} ms${
      entry.startedAtMs === undefined ? '' : ` (started ${Math.round(entry.startedAtMs)} ms after launch)`
    }\n`,
  );
}
