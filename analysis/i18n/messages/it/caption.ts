import type { caption as en } from '../en/caption.js';
import type { SameKeys } from '../../keys.js';

export const caption: SameKeys<typeof en> = {};
