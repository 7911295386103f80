import type { Lang } from '../lang.js';
import { en } from './en/index.js';
import { it } from './it/index.js';

export type Catalogue = typeof en;

/** Every language's catalogue. Pure data: the engine, the CLI and the UI read the same words. */
export const CATALOGUES: Record<Lang, Catalogue> = { en, it };
