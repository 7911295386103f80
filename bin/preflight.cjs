#!/usr/bin/env node
// Entry point of the `preflight` command: runs the compiled CLI (built by `npm install` via `prepare`).
// CommonJS all the way to the program: Node starts a CommonJS entry ~8 ms sooner than an ES module.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'dist', 'cli', 'main.cjs');
if (!existsSync(entry)) {
  process.stderr.write(
    'preflight: the CLI is not built yet. Run `npm install` (or `npm run build:cli`) in the project folder.\n',
  );
  process.exit(2);
}
require(entry)
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
