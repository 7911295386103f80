import type { errors as en } from '../en/errors.js';
import type { SameKeys } from '../../keys.js';

export const errors: SameKeys<typeof en> = {};
