import type { batch as en } from '../en/batch.js';
import type { SameKeys } from '../../keys.js';

export const batch: SameKeys<typeof en> = {};
