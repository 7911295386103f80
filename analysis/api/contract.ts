/**
 * The one contract between the UI and the engine: Electron IPC (preload) and the browser-mode HTTP
 * transport both carry exactly these methods. Types only, plus the method list that both
 * transports expose; nothing here may need Node or the DOM.
 */
import type { BatchEvent } from '../batch/types.js';
import type { Lang } from '../i18n/lang.js';
import type { Profile } from '../profiles/types.js';
import type { ContractFile, ResultDocument } from '../report/json-contract.js';
import type { DraftHistoryEntry, RunSummary } from '../store/types.js';

export type { BatchEvent, FileResult } from '../batch/types.js';
export type { CheckResult, CheckStatus } from '../checks/types.js';
export type { Measurements } from '../measure/types.js';
export type { Profile } from '../profiles/types.js';
export type { Lang } from '../i18n/lang.js';
export type { ContractFile, ContractRun, ResultDocument } from '../report/json-contract.js';
export type { DraftHistoryEntry, RunSummary } from '../store/types.js';

export type ReportFormatName = 'html' | 'pdf' | 'csv' | 'json';

export interface ApiError {
  /** Stable code: 'invalid-arguments', 'not-found', 'unsupported', 'failed'... */
  code: string;
  message: string;
}

/** Every call crosses the boundary as a value, never as a thrown error. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface Environment {
  mode: 'electron' | 'browser';
  version: string;
  platform: string;
  defaultProfile: string;
  databasePath: string | null;
  /** What this mode can do natively; the UI shows a fallback otherwise. */
  capabilities: { nativeDialogs: boolean; revealInFolder: boolean; droppedFilePaths: boolean };
  /** A problem with the history database the user should know about (moved aside, newer version). */
  notice: string | null;
}

export interface PictureDto {
  tSec: number;
  /** data:image/jpeg;base64,… */
  src: string;
}

export interface DraftPicturesDto {
  strip: PictureDto[];
  lastFrame: PictureDto | null;
}

/** One folder of the browser-mode folder picker. */
export interface FolderView {
  path: string;
  parent: string | null;
  crumbs: Array<{ name: string; path: string }>;
  /** Subfolders first, each with the number of videos directly inside (`more`: over 1000 entries, not all counted). */
  folders: Array<{ name: string; path: string; videos: number; more: boolean }>;
  videos: Array<{ name: string; path: string }>;
  /** Places to start from: the home folder and the folders checked lately. */
  home: string;
  recent: string[];
}

export interface ExportResult {
  /** Where the file was written (desktop: the path chosen in the save dialog). */
  savedTo?: string;
  /** Browser mode: a one-time URL that downloads the report. */
  downloadUrl?: string;
  fileName: string;
  cancelled?: boolean;
}

/** Events pushed to the UI while batches run. */
export type ApiEvent =
  | { type: 'batch'; batchId: string; runId: number | null; event: BatchEvent }
  /** historyError: the results could not all be stored (the batch itself finished). */
  | { type: 'batch-finished'; batchId: string; runId: number | null; cancelled: boolean; historyError: string | null }
  /** Desktop: drafts chosen from the app menu's open dialogs. */
  | { type: 'open-paths'; paths: string[] }
  | { type: 'menu'; action: 'export-report' | 'show-history' };

export interface PreflightApi {
  /** What this engine is and can do; its notice said in `lang` (the language last asked for when not given). */
  environment(args: { lang?: Lang }): Promise<Environment>;
  profiles(args: Record<string, never>): Promise<Profile[]>;
  /** Starts a batch; progress arrives as events, the result is stored as a run. */
  check(args: {
    inputs: string[];
    profile: string;
    noCache?: boolean;
    /** The language of the run's messages (English when not given). */
    lang?: Lang;
  }): Promise<{ batchId: string; runId: number | null }>;
  cancel(args: { batchId: string }): Promise<{ cancelled: boolean }>;
  runs(args: { limit?: number }): Promise<RunSummary[]>;
  /** A stored run, its messages in `lang` (the run's own language when not given). */
  run(args: { runId: number; lang?: Lang }): Promise<ResultDocument>;
  /** Scores a stored run with another profile; `save` stores it as a new run (the UI only views it). */
  rescore(args: { runId: number; profile: string; save?: boolean; lang?: Lang }): Promise<ResultDocument>;
  /** Deletes a stored run and its results (its measurements stay in the cache). */
  deleteRun(args: { runId: number }): Promise<{ deleted: number }>;
  /** Names a run; an empty label clears it. */
  labelRun(args: { runId: number; label: string }): Promise<RunSummary>;
  draftHistory(args: { path: string }): Promise<DraftHistoryEntry[]>;
  /**
   * The scorecard's caption field: saves the caption beside the draft ('file') or with the run
   * ('history'), and returns the draft scored again (nothing decoded). Empty text: no caption.
   */
  setCaption(args: {
    runId: number;
    path: string;
    text: string;
    saveTo: 'file' | 'history';
    /** The profile the draft is shown for (the run's own when not given). */
    profile?: string;
    lang?: Lang;
  }): Promise<ContractFile>;
  pictures(args: { path: string; durationSec: number; hookWindowSec: number }): Promise<DraftPicturesDto>;
  recentFolders(args: Record<string, never>): Promise<string[]>;
  /** A report of the run, or of one of its drafts (`path`: that draft's scorecard alone). */
  exportReport(args: {
    runId: number;
    format: ReportFormatName;
    profile?: string;
    path?: string;
    /** The report's language (the run's own when not given). */
    lang?: Lang;
  }): Promise<ExportResult>;
  /** Native open dialog (desktop only). */
  pickPaths(args: { kind: 'files' | 'folder' }): Promise<{ paths: string[] }>;
  /** Lists a folder for the folder picker (browser mode has no native dialog); no path: the home folder. */
  browse(args: { path?: string }): Promise<FolderView>;
  /** Shows a file in the system file manager (desktop only). */
  reveal(args: { path: string }): Promise<{ revealed: boolean }>;
}

export type ApiMethod = keyof PreflightApi;
export type ApiArgs<M extends ApiMethod> = Parameters<PreflightApi[M]>[0];
export type ApiValue<M extends ApiMethod> = Awaited<ReturnType<PreflightApi[M]>>;

export const API_METHODS = [
  'environment',
  'profiles',
  'check',
  'cancel',
  'runs',
  'run',
  'rescore',
  'deleteRun',
  'labelRun',
  'draftHistory',
  'setCaption',
  'pictures',
  'recentFolders',
  'exportReport',
  'pickPaths',
  'browse',
  'reveal',
] as const satisfies readonly ApiMethod[];

/** What the UI holds: every method returning an ApiResult, plus the event stream. */
export type PreflightClient = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResult<ApiValue<M>>> } & {
  onEvent(listener: (event: ApiEvent) => void): () => void;
  /** Desktop only: real paths of files dropped on the window. */
  droppedPaths?(files: readonly File[]): string[];
};
