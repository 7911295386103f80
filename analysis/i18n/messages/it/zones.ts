import type { zones as en } from '../en/zones.js';
import type { SameKeys } from '../../keys.js';

export const zones: SameKeys<typeof en> = {};
