import type { glossary as en } from '../en/glossary.js';
import type { SameKeys } from '../../keys.js';

export const glossary: SameKeys<typeof en> = {};
