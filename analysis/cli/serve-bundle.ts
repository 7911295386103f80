import type * as ServeModule from './serve-command.js';

/**
 * Stands in for serve-command.ts in program.cjs, the bundle of every command but `serve`: the HTTP
 * transport and its zod schemas are half the code, and every other command starts without them.
 * `preflight serve` loads serve.cjs, the whole program, instead (main.ts), so this never runs there.
 */
export function runServeCommand(_options: ServeModule.ServeOptions): Promise<number> {
  return Promise.reject(
    new Error('preflight serve runs from dist/cli/serve.cjs; this build of program.cjs has no server'),
  );
}
