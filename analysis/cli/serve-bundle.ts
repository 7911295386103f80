import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userCacheFolder } from '../fs/user-cache.js';
import { requireBundle } from './code-cache.js';
import type * as ServeModule from './serve-command.js';

/**
 * `preflight serve` in the built command: the HTTP transport and its zod schemas are half the code,
 * so they are a bundle of their own (serve.cjs, esbuild.cli.mjs) that only this command loads, and
 * every other command starts without them. Only plain options and the words object cross over.
 */
export async function runServeCommand(options: ServeModule.ServeOptions): Promise<number> {
  const bundle = join(dirname(fileURLToPath(import.meta.url)), 'serve.cjs');
  const loaded = requireBundle<typeof ServeModule>(bundle, join(userCacheFolder(), 'compiled'), 'serve');
  try {
    return await loaded.exports.runServeCommand(options);
  } finally {
    loaded.saveCodeCache();
  }
}
