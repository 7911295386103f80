import { initial } from './001-initial.js';
import { runLineage } from './002-run-lineage.js';
import { runInstance } from './003-run-instance.js';
import { runSkipped } from './004-run-skipped.js';
import { evidencePictures } from './005-evidence-pictures.js';
import { runLabel } from './006-run-label.js';
import { runLanguage } from './007-run-language.js';
import type { Migration } from './types.js';

/** In order; each entry's version is its position + 1. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  runLineage,
  runInstance,
  runSkipped,
  evidencePictures,
  runLabel,
  runLanguage,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
