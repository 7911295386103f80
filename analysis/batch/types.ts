import type { MediaErrorCode } from '../media/errors.js';
import type { Measurements } from '../measure/types.js';
import type { Scorecard } from '../checks/types.js';

export interface FileError {
  code: MediaErrorCode;
  message: string;
}

export type FileResult =
  { path: string; status: 'analyzed'; measurements: Measurements; scorecard: Scorecard } | { path: string; status: 'error'; error: FileError };

export type BatchEvent =
  | { type: 'batch-start'; total: number; files: string[] }
  | { type: 'file-start'; index: number; path: string }
  | { type: 'file-progress'; index: number; path: string; fraction: number }
  | { type: 'file-done'; index: number; result: FileResult }
  | { type: 'batch-done'; results: FileResult[]; cancelled: boolean };

export interface BatchResult {
  results: FileResult[];
  cancelled: boolean;
}
