import type { FileResult } from './types.js';

/**
 * A draft a cancel stopped, before or while it was analysed: never checked, so never an error. The
 * terminal, the reports and the app count it so.
 */
export const isNotChecked = (result: FileResult | undefined): boolean =>
  result?.status === 'error' && result.error.code === 'cancelled';
