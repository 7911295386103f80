import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userCacheFolder } from '../fs/user-cache.js';
import { requireBundle } from './code-cache.js';
import type * as ProgramModule from './program.js';
import { readVersion } from './version.js';

type Program = typeof ProgramModule;

const COMMANDS = new Set([
  'check',
  'report',
  'history',
  'show',
  'delete',
  'label',
  'rescore',
  'profiles',
  'serve',
  'demo',
]);

/**
 * The program (commander, the message catalogues, the commands) is one CommonJS bundle beside this
 * file (esbuild.cli.mjs), loaded with the code V8 compiled on an earlier start of the same command
 * (`check` when none is named: it is the default).
 */
function loadProgram(args: readonly string[]): { program: Program; loaded: () => void } {
  const bundle = join(dirname(fileURLToPath(import.meta.url)), 'program.cjs');
  const command = args.find((arg) => COMMANDS.has(arg)) ?? 'check';
  const loaded = requireBundle<Program>(bundle, join(userCacheFolder(), 'compiled'), command);
  return { program: loaded.exports, loaded: () => loaded.saveCodeCache() };
}

/** The `preflight` command's entry. `--version` answers at once; anything else first loads the program. */
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
  const { program, loaded } = loadProgram(args);
  try {
    return await program.runProgram(argv);
  } finally {
    // After the command, so the code of every function it ran is kept, not only the top level.
    loaded();
  }
}
