// Builds the `preflight` command into dist/cli: a small entry (main.cjs) that answers --version at
// once and otherwise loads the program: program.cjs (every command but serve) or serve.cjs (the whole
// program with serve, its HTTP transport and zod). CommonJS because V8 can keep the compiled code of a
// classic script between starts (analysis/cli/code-cache.ts) and not of an ES module, and because Node
// starts a CommonJS entry sooner; each a single file because the kept code then covers all of it.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

rmSync('dist/cli', { recursive: true, force: true });

// Binaries found through their own package folders, Chromium's driver and fluent-ffmpeg (required on
// first use, analysis/media/run-ffmpeg.ts): loaded from node_modules as they are. Everything else is
// bundled, better-sqlite3's JavaScript included, so its code is kept with ours (its addon is loaded by
// its path, analysis/store/sqlite.ts).
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
  // Strict, as the ES module sources were written to run.
  banner: { js: "'use strict'; const __preflightUrl = require('node:url').pathToFileURL(__filename).href;" },
  metafile: true,
};

// The entry has only a type import of the program: the bundle beside it is loaded at run time.
await build({ ...common, entryPoints: { main: 'analysis/cli/main.ts' } });
const program = await build({
  ...common,
  entryPoints: { program: 'analysis/cli/program.ts' },
  // `serve` (the HTTP transport, zod) is half the code: program.cjs has a stand-in, serve.cjs it all.
  plugins: [
    {
      name: 'serve-outside-program',
      setup(builder) {
        builder.onResolve({ filter: /^\.\/serve-command\.js$/ }, (args) =>
          args.importer.endsWith('program.ts') ? { path: resolve('analysis/cli/serve-bundle.ts') } : undefined,
        );
      },
    },
  ],
});
const serve = await build({ ...common, entryPoints: { serve: 'analysis/cli/program.ts' } });

// A script run with kept code has no loader for import(): every module must be required.
for (const result of [program, serve]) {
  for (const [out, output] of Object.entries(result.metafile.outputs)) {
    const dynamic = output.imports.filter((entry) => entry.kind === 'dynamic-import');
    if (dynamic.length)
      throw new Error(`${out} must not import() at run time: ${dynamic.map((d) => d.path).join(', ')}`);
  }
}
const programInputs = Object.keys(Object.values(program.metafile.outputs).find((o) => o.entryPoint)?.inputs ?? {});
if (programInputs.some((input) => input.includes('node_modules/zod/') || input.includes('analysis/api/http/')))
  throw new Error('dist/cli/program.cjs must not hold the server or zod: serve.cjs does');
