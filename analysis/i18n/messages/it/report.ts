import type { report as en } from '../en/report.js';
import type { SameKeys } from '../../keys.js';

export const report: SameKeys<typeof en> = {};
