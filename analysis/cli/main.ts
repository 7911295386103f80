import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userCacheFolder } from '../fs/user-cache.js';
import { requireBundle } from './code-cache.js';
import type * as ProgramModule from './program.js';
import { readVersion } from './version.js';

type Program = typeof ProgramModule;

/** The commands main.ts names without loading the program (which bundle, which kept code): the program's own, tested. */
export const COMMANDS: ReadonlySet<string> = new Set([
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

/** Where compiled code is kept; none (compile on every start) when there is no cache folder to name. */
function compiledFolder(): string | undefined {
  try {
    return join(userCacheFolder(), 'compiled');
  } catch {
    return undefined;
  }
}

/**
 * The program (commander, the message catalogues, the commands) is a CommonJS bundle beside this
 * file (esbuild.cli.mjs), loaded with the code V8 compiled on an earlier start of the same command
 * (`check` when none is named: it is the default). program.cjs holds every command but `serve`;
 * serve.cjs is the whole program with `serve` (its HTTP transport and zod), loaded when the
 * arguments name it, so one process never holds two copies of the engine.
 */
function loadProgram(args: readonly string[]): { program: Program; keep: () => void } {
  const command = args.find((arg) => COMMANDS.has(arg)) ?? 'check';
  const bundle = join(dirname(fileURLToPath(import.meta.url)), args.includes('serve') ? 'serve.cjs' : 'program.cjs');
  const loaded = requireBundle<Program>(bundle, compiledFolder(), command);
  return { program: loaded.exports, keep: () => loaded.saveCodeCache() };
}

/** Help and usage errors run little of the command: code kept from them would leave out the rest. */
const ranTheCommand = (args: readonly string[], code: number): boolean =>
  (code === 0 || code === 1) && !args.some((arg) => arg === '--help' || arg === '-h' || arg === 'help');

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
  const { program, keep } = loadProgram(args);
  const code = await program.runProgram(argv);
  // After the command, so the code of every function it ran is kept, not only the top level.
  if (ranTheCommand(args, code)) keep();
  return code;
}
