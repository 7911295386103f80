// Builds the `preflight` command into dist/cli: a small entry (main.cjs) that answers --version at
// once and otherwise loads program.cjs, one bundle of every command. CommonJS because V8 can keep the
// compiled code of a classic script between starts (analysis/cli/code-cache.ts) and not of an ES
// module, and because Node starts a CommonJS entry sooner; one file because the kept code then
// covers all of it.
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

rmSync('dist/cli', { recursive: true, force: true });

// Binaries found through their own package folders and Chromium's driver: loaded from node_modules as
// they are. Everything else is bundled, fluent-ffmpeg and better-sqlite3's JavaScript included, so
// their code is compiled once and kept with ours (better-sqlite3's addon is loaded by its path,
// analysis/store/sqlite.ts).
const external = ['@ffmpeg-installer/ffmpeg', '@ffprobe-installer/ffprobe', 'playwright-core'];
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external,
  format: 'cjs',
  outdir: 'dist/cli',
  outExtension: { '.js': '.cjs' },
  // The sources are ES modules: import.meta.url becomes the bundle's own file URL.
  define: { 'import.meta.url': '__preflightUrl' },
  banner: { js: "const __preflightUrl = require('node:url').pathToFileURL(__filename).href;" },
};

// The entry has only a type import of the program: the bundle beside it is loaded at run time.
await build({ ...common, entryPoints: { main: 'analysis/cli/main.ts' } });
await build({
  ...common,
  entryPoints: { program: 'analysis/cli/program.ts' },
  // `serve` (the HTTP transport, zod) is half the code: a bundle of its own, loaded by that command only.
  plugins: [
    {
      name: 'serve-in-own-bundle',
      setup(builder) {
        builder.onResolve({ filter: /^\.\/serve-command\.js$/ }, (args) =>
          args.importer.endsWith('program.ts') ? { path: resolve('analysis/cli/serve-bundle.ts') } : undefined,
        );
      },
    },
  ],
});
await build({ ...common, entryPoints: { serve: 'analysis/cli/serve-command.ts' } });

// A script run with kept code has no loader for import(): every module must be required.
for (const bundle of ['dist/cli/program.cjs', 'dist/cli/serve.cjs']) {
  const code = readFileSync(bundle, 'utf8');
  const dynamic = /\bimport\(\s*["'`]/.exec(code);
  if (dynamic)
    throw new Error(`${bundle} must not import() at run time: ${code.slice(dynamic.index, dynamic.index + 60)}`);
}
if (readFileSync('dist/cli/program.cjs', 'utf8').includes('node_modules/zod/')) {
  throw new Error('dist/cli/program.cjs must not hold zod: serve.cjs does');
}
