import { readVersion } from './version.js';

/**
 * The `preflight` command's entry. `--version` answers at once; anything else first loads the
 * program (commander, the message catalogues, the commands), a chunk of its own in the bundle.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  const { runProgram } = await import('./program.js');
  return runProgram(argv);
}
