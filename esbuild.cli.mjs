// Builds the `preflight` command into dist/cli: one entry file that Node loads in a few ms, with the
// engine, reports and history split into chunks that load only when a command needs them.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names change with their contents: old ones would pile up in dist/cli build after build.
rmSync('dist/cli', { recursive: true, force: true });

await build({
  entryPoints: { main: 'analysis/cli/main.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // Native addon, binaries found through their own package folders, and Chromium's driver: loaded from
  // node_modules as they are. Everything else (commander, zod, cli-progress…) is bundled.
  external: [
    'better-sqlite3',
    '@ffmpeg-installer/ffmpeg',
    '@ffprobe-installer/ffprobe',
    'fluent-ffmpeg',
    'playwright-core',
  ],
  // Bundled CommonJS packages call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __preflightRequire } from 'node:module'; const require = __preflightRequire(import.meta.url);",
  },
});
