import type { cli as en } from '../en/cli.js';
import type { SameKeys } from '../../keys.js';

export const cli: SameKeys<typeof en> = {};
