import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/** `npm run test:stress`: the long reliability runs (fuzzing, a 3-hour draft, 500 drafts), one at a time. */
export default defineConfig({
  test: {
    include: ['tests/stress/**/*.test.ts'],
    globalSetup: ['tests/fixtures/global-setup.ts'],
    maxWorkers: 1,
    testTimeout: 30 * 60_000,
    hookTimeout: 30 * 60_000,
    env: {
      PREFLIGHT_DB: join(tmpdir(), `preflight-stress-${process.pid}`, 'history.db'),
      // Remembered ffmpeg capabilities go to a temp folder, never the user's own cache.
      PREFLIGHT_CACHE_DIR: join(tmpdir(), `preflight-stress-${process.pid}`, 'cache'),
    },
  },
});
