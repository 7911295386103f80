import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    globalSetup: ['tests/fixtures/global-setup.ts'],
    // A catalogue key missing in any language fails the test that asked for it.
    setupFiles: ['tests/helpers/fail-on-missing-keys.ts'],
    // Integration tests run real ffmpeg; two cores are shared by at most two test files.
    maxWorkers: 2,
    testTimeout: 60_000,
    // The CLI under test never touches the user's own history; tests that need a clean one pass --db.
    env: {
      // The language comes from --lang or the locale: tests speak English unless they ask otherwise.
      LC_ALL: 'C.UTF-8',
      PREFLIGHT_DB: join(tmpdir(), `preflight-tests-${process.pid}`, 'history.db'),
      // Remembered ffmpeg capabilities go to a temp folder, never the user's own cache.
      PREFLIGHT_CACHE_DIR: join(tmpdir(), `preflight-tests-${process.pid}`, 'cache'),
    },
    hookTimeout: 300_000,
  },
});
