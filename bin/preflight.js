#!/usr/bin/env node
// Entry point of the `preflight` command: runs the compiled CLI (built by `npm install` via `prepare`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'preflight: the CLI is not built yet. Run `npm install` (or `npm run build:cli`) in the project folder.\n',
  );
  process.exit(2);
}
const { main } = await import(entry.href);
const code = await main(process.argv);
process.exitCode = code;
