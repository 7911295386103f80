import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { availableParallelism, homedir, platform } from 'node:os';
import { listFolder, typedPath } from '../fs/folder-listing.js';
import { missingInputsMessage, noneExist } from '../fs/typed-input.js';
import { killAllProcesses } from '../media/process-registry.js';
import { DEFAULT_PROFILE_ID, findProfile, PROFILES } from '../profiles/index.js';
import type { Profile } from '../profiles/types.js';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.js';
import { wordsFor, type Phrase, type Words } from '../i18n/words.js';
import {
  buildResultDocument,
  toContractFile,
  type ContractFile,
  type ResultDocument,
} from '../report/json-contract.js';
import { setDraftCaption } from '../runs/set-caption.js';
import { renderReport } from '../report/write-report.js';
import type { Store } from '../store/connection.js';
import { contractRunOf } from '../runs/contract-run.js';
import { prepareRunExport } from '../runs/export-run.js';
import { draftHistory } from '../store/queries/results.js';
import { sayNotice } from '../runs/history.js';
import { listRuns } from '../store/queries/runs.js';
import { recentFolders } from '../runs/recent-folders.js';
import { startRecordedBatch } from '../runs/check-run.js';
import { storedPicturesOf } from '../runs/evidence.js';
import { deleteRun, labelRun } from '../runs/manage-runs.js';
import { loadRun, rescoreRun, scoreStoredRun } from '../runs/stored-runs.js';
import type { ApiEvent, Environment, ExportResult, FolderView, PreflightApi, ReportFormatName } from './contract.js';
import { ApiFailure } from './dispatch.js';
import { PictureCache } from './picture-cache.js';
import { VisibleDrafts } from './visible-drafts.js';

export interface ServiceOptions {
  /** Absent when the history database cannot be used; checks then run without history. */
  store: Store | undefined;
  /** What happened to the history at start-up, said in one language (kept for callers that give no phrases). */
  notice?: string | null;
  /** The same notice as phrases: said in the language of each call (`environment`, the `no-history` failure). */
  noticePhrases?: readonly Phrase[];
  mode: Environment['mode'];
  version: string;
  /** Hands a rendered report to the user: a save dialog (desktop) or a download (browser). */
  deliver: (fileName: string, data: string | Buffer) => Promise<ExportResult>;
  /** HTML → PDF (Electron's printToPDF on the desktop; Chromium through Playwright otherwise). */
  pdf?: (html: string) => Promise<Buffer>;
  concurrency?: number;
  /** The language of messages before the UI has asked for one (the desktop: the system's). English when not given. */
  lang?: Lang;
}

function requireProfile(id: string, words: Words): Profile {
  const profile = findProfile(id);
  if (!profile)
    throw new ApiFailure(
      'invalid-arguments',
      words.t('app.engine.unknownProfile', { profile: id, profiles: PROFILES.map((p) => p.id).join(', ') }),
    );
  return profile;
}

/**
 * The engine behind the UI: the same object serves Electron IPC and the browser-mode HTTP
 * transport. Batches run in the background and report through events.
 */
export class PreflightService implements PreflightApi {
  private readonly listeners = new Set<(event: ApiEvent) => void>();
  private readonly batches = new Map<string, AbortController>();
  // An arrow, so the store is read when pictures are asked for, not when the field is set.
  private readonly pictureCache = new PictureCache((path, hookWindowSec) =>
    this.options.store ? storedPicturesOf(this.options.store, path, hookWindowSec) : Promise.resolve(undefined),
  );
  private readonly visibleDrafts: VisibleDrafts;
  /**
   * The language the UI last asked for: the messages of calls that name none (browse, pictures,
   * history) are said in it, so a window that speaks Italian hears Italian throughout.
   */
  private uiLang: Lang;

  constructor(private readonly options: ServiceOptions) {
    this.visibleDrafts = new VisibleDrafts(options.store);
    this.uiLang = options.lang ?? DEFAULT_LANG;
  }

  /** The language people read the service's answers in: the one the UI last asked for. */
  get lang(): Lang {
    return this.uiLang;
  }

  /** The words for a call: its own language, remembered, or the one last asked for. */
  private wordsOf(lang: Lang | undefined): Words {
    if (lang) this.uiLang = lang;
    return wordsFor(this.uiLang);
  }

  subscribe(listener: (event: ApiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: ApiEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** The start-up notice in `words`' language when it was given as phrases, else as it was given. */
  private noticeIn(words: Words): string | null {
    const phrases = this.options.noticePhrases;
    return phrases ? sayNotice(phrases, words) : (this.options.notice ?? null);
  }

  private requireStore(words: Words = this.wordsOf(undefined)): Store {
    if (!this.options.store)
      throw new ApiFailure('no-history', this.noticeIn(words) ?? words.t('app.engine.noHistory'));
    return this.options.store;
  }

  async environment(args: { lang?: Lang } = {}): Promise<Environment> {
    const words = this.wordsOf(args.lang);
    const desktop = this.options.mode === 'electron';
    return {
      mode: this.options.mode,
      version: this.options.version,
      platform: platform(),
      defaultProfile: DEFAULT_PROFILE_ID,
      databasePath: this.options.store?.path ?? null,
      capabilities: { nativeDialogs: desktop, revealInFolder: desktop, droppedFilePaths: desktop },
      notice: this.noticeIn(words),
    };
  }

  async profiles(): Promise<Profile[]> {
    return [...PROFILES];
  }

  async check(args: {
    inputs: string[];
    profile: string;
    noCache?: boolean;
    lang?: Lang;
  }): Promise<{ batchId: string; runId: number | null }> {
    const words = this.wordsOf(args.lang);
    const profile = requireProfile(args.profile, words);
    // A relative path would be looked up in the folder the engine was started from, not the user's.
    const inputs = args.inputs.map((input) => {
      const path = typedPath(input);
      if (!path) throw new ApiFailure('invalid-arguments', words.t('app.engine.relativePath', { input }));
      return path;
    });
    // Nothing there at all (a mistyped folder): said now, rather than stored as a run of one "File missing".
    if (await noneExist(inputs)) throw new ApiFailure('not-found', missingInputsMessage(inputs, words));
    const batchId = randomUUID();
    const controller = new AbortController();
    let runId: number | null = null;
    const { recorder, done, historyError } = startRecordedBatch(this.options.store, inputs, {
      profile,
      noCache: args.noCache,
      // The run's own messages: English unless the call names a language (what the UI said before does not count).
      words: wordsFor(args.lang),
      signal: controller.signal,
      concurrency: this.options.concurrency ?? Math.max(1, availableParallelism()),
      onEvent: (event) => {
        this.visibleDrafts.observe(event);
        this.emit({ type: 'batch', batchId, runId, event });
      },
    });
    this.batches.set(batchId, controller);
    runId = recorder?.runId ?? null;
    const storeProblem = (): string | null => {
      const error = historyError ?? recorder?.writeError();
      if (!error) return null;
      // A store error carries its phrase: the reason in the window's language too.
      const { phrase } = error as { phrase?: Phrase };
      return words.t('app.engine.notAllSaved', { reason: phrase ? words.say(phrase) : error.message });
    };
    void done
      .then(
        (result) =>
          this.emit({
            type: 'batch-finished',
            batchId,
            runId,
            cancelled: result.cancelled,
            historyError: storeProblem(),
          }),
        (error: unknown) =>
          this.emit({
            type: 'batch-finished',
            batchId,
            runId,
            cancelled: true,
            historyError: storeProblem() ?? String(error),
          }),
      )
      .finally(() => this.batches.delete(batchId));
    return { batchId, runId };
  }

  async cancel(args: { batchId: string }): Promise<{ cancelled: boolean }> {
    const controller = this.batches.get(args.batchId);
    if (!controller) return { cancelled: false };
    controller.abort();
    return { cancelled: true };
  }

  /** Stops every batch and process (app quit, server stop). */
  shutdown(): void {
    for (const controller of this.batches.values()) controller.abort();
    killAllProcesses();
  }

  async runs(args: { limit?: number }) {
    return listRuns(this.requireStore().db, args.limit ?? 50);
  }

  async run(args: { runId: number; lang?: Lang }): Promise<ResultDocument> {
    const store = this.requireStore(this.wordsOf(args.lang));
    const words = args.lang ? wordsFor(args.lang) : undefined;
    const { run, results } = loadRun(store, args.runId, words);
    return buildResultDocument(run.profile, results, contractRunOf(run), run.skipped, words?.lang ?? run.lang);
  }

  async rescore(args: { runId: number; profile: string; save?: boolean; lang?: Lang }): Promise<ResultDocument> {
    const said = this.wordsOf(args.lang);
    const store = this.requireStore(said);
    const profile = requireProfile(args.profile, said);
    const words = args.lang ? wordsFor(args.lang) : undefined;
    if (args.save) {
      const { run, results } = rescoreRun(store, args.runId, profile, words);
      return buildResultDocument(run.profile, results, contractRunOf(run), run.skipped, run.lang);
    }
    const { source, rescored } = scoreStoredRun(store, args.runId, profile, words);
    return buildResultDocument(
      profile.id,
      rescored.map((r) => r.result),
      contractRunOf(source),
      source.skipped,
      words?.lang ?? source.lang,
    );
  }

  async deleteRun(args: { runId: number }): Promise<{ deleted: number }> {
    deleteRun(this.requireStore(), args.runId);
    return { deleted: args.runId };
  }

  async labelRun(args: { runId: number; label: string }) {
    return labelRun(this.requireStore(), args.runId, args.label);
  }

  async draftHistory(args: { path: string }) {
    return draftHistory(this.requireStore().db, args.path);
  }

  async setCaption(args: {
    runId: number;
    path: string;
    text: string;
    saveTo: 'file' | 'history';
    profile?: string;
    lang?: Lang;
  }): Promise<ContractFile> {
    const words = this.wordsOf(args.lang);
    if (!this.visibleDrafts.has(args.path))
      throw new ApiFailure('not-found', words.t('caption.noDraft', { path: args.path, run: args.runId }));
    const { profile, lang: _lang, ...change } = args;
    const shownFor = profile ? requireProfile(profile, words) : undefined;
    return toContractFile(await setDraftCaption(this.requireStore(), change, words, shownFor));
  }

  /** Whether a path is a draft of a run the client can see (pictures, and _Show in folder_ on the desktop). */
  isVisibleDraft(path: string): boolean {
    return this.visibleDrafts.has(path);
  }

  async pictures(args: { path: string; durationSec: number; hookWindowSec: number }) {
    if (!this.visibleDrafts.has(args.path))
      throw new ApiFailure('not-found', this.wordsOf(undefined).t('app.engine.picturesOfRunsOnly'));
    return this.pictureCache.get(args.path, args.durationSec, args.hookWindowSec);
  }

  async recentFolders(): Promise<string[]> {
    return this.options.store ? recentFolders(this.options.store.db) : [];
  }

  async exportReport(args: {
    runId: number;
    format: ReportFormatName;
    profile?: string;
    path?: string;
    lang?: Lang;
  }): Promise<ExportResult> {
    const said = this.wordsOf(args.lang);
    const prepared = prepareRunExport(
      this.requireStore(said),
      args.runId,
      args.profile ? requireProfile(args.profile, said) : undefined,
      args.path,
      args.lang ? wordsFor(args.lang) : undefined,
    );
    const data = await renderReport(
      {
        profile: prepared.profile,
        results: prepared.results,
        run: prepared.run,
        skipped: prepared.skipped,
        preflightVersion: this.options.version,
        words: prepared.words,
      },
      {
        format: args.format,
        pdf: this.options.pdf,
        stillTheSame: prepared.stillTheSame,
        stored: prepared.storedPictures,
      },
    );
    // One draft's scorecard is named after the draft, so several can sit in one folder.
    const draft = args.path ? `-${basename(args.path).replace(/\.[^.]+$/, '')}` : '';
    return this.options.deliver(`preflight-run-${prepared.run.id}-${prepared.profile.id}${draft}.${args.format}`, data);
  }

  async browse(args: { path?: string }): Promise<FolderView> {
    const words = this.wordsOf(undefined);
    const home = homedir();
    const path = args.path === undefined ? home : typedPath(args.path, home);
    if (!path)
      throw new ApiFailure('invalid-arguments', words.t('app.engine.relativePath', { input: args.path ?? '' }));
    try {
      return { ...(await listFolder(path)), home, recent: await this.recentFolders() };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new ApiFailure('not-found', words.t('app.engine.noFolder', { path }));
      if (code === 'ENOTDIR') throw new ApiFailure('invalid-arguments', words.t('app.engine.notAFolder', { path }));
      if (code === 'EACCES' || code === 'EPERM')
        throw new ApiFailure('failed', words.t('app.engine.folderDenied', { path }));
      throw error;
    }
  }

  async pickPaths(): Promise<{ paths: string[] }> {
    throw new ApiFailure('unsupported', this.wordsOf(undefined).t('app.engine.dialogsDesktopOnly'));
  }

  async reveal(): Promise<{ revealed: boolean }> {
    throw new ApiFailure('unsupported', this.wordsOf(undefined).t('app.engine.revealDesktopOnly'));
  }
}
