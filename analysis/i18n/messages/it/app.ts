import type { app as en } from '../en/app.js';
import type { SameKeys } from '../../keys.js';

export const app: SameKeys<typeof en> = {};
