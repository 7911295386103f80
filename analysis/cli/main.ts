import { readVersion } from './version.js';

/**
 * The `preflight` command's entry. `--version` answers at once; anything else first loads the
 * program (commander, the message catalogues, the commands), a chunk of its own in the bundle.
 */
export async function main(argv: readonly string[]): Promise<number> {
  // `preflight check … | head` closes the pipe early: the reader has what it wanted, so end quietly
  // instead of dying on an unhandled EPIPE with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  const { runProgram } = await import('./program.js');
  return runProgram(argv);
}
