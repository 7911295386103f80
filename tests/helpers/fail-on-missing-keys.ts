import { afterEach, expect } from 'vitest';
import { takeMissingKeys } from '../../analysis/i18n/missing-keys.js';

// Every test that made the engine, CLI or reports ask for a key one language lacks fails here.
afterEach(() => {
  expect(takeMissingKeys(), 'catalogue keys missing (English was shown instead)').toEqual([]);
});
