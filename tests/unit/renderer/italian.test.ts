/**
 * The window in Italian: key components rendered in both languages from the same data, and no
 * sentence of the English render left in the Italian one (text, aria-label, title, alt, placeholder).
 * Plain createElement: the renderer tests are .ts, web-typed, and render to static HTML (no DOM).
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type {
  CheckResult,
  DraftHistoryEntry,
  FileResult,
  FolderView,
  Measurements,
  RunSummary,
} from '../../../analysis/api/contract';
import type { CheckId } from '../../../analysis/checks/ids';
import type { Lang } from '../../../analysis/i18n/lang';
import { wordsFor, type MessageKey } from '../../../analysis/i18n/words';
import type { Profile } from '../../../analysis/profiles/types';
import { BatchView } from '../../../renderer/src/components/BatchView';
import { FolderPanel } from '../../../renderer/src/components/FolderBrowser';
import { HistoryTable } from '../../../renderer/src/components/HistoryView';
import { Player } from '../../../renderer/src/components/Player';
import { Scorecard, VersionsTable } from '../../../renderer/src/components/Scorecard';
import { StartScreen } from '../../../renderer/src/components/StartScreen';
import { TopBar } from '../../../renderer/src/components/TopBar';
import { uiFor, UiContext } from '../../../renderer/src/i18n';
import { newSession, notCheckedResult, type FileState, type Session } from '../../../renderer/src/state/session';

const none = (): void => undefined;

/** Only what the views read of a profile (the profiles' own modules are not part of the web project). */
const tiktok = {
  id: 'tiktok',
  name: 'TikTok',
  duration: {
    sweetSpotSec: [13, 17],
    bands: [
      { fromSec: 0, toSec: 13, requiredCompletion: 1 },
      { fromSec: 13, toSec: 20, requiredCompletion: 0.85 },
      { fromSec: 20, toSec: 40, requiredCompletion: 0.7 },
      { fromSec: 40, toSec: null, requiredCompletion: 0.5 },
    ],
  },
  hook: { attentionSec: 2 },
  audio: { targetLufs: -14 },
  caption: { maxLength: 4000, maxHashtags: 3 },
  safeZones: {
    zones: [
      { id: 'top', x0: 0, y0: 0, x1: 1, y1: 0.08 },
      { id: 'bottom', x0: 0, y0: 0.77, x1: 1, y1: 1 },
      { id: 'right', x0: 0.86, y0: 0.08, x1: 1, y1: 0.77 },
    ],
  },
} as unknown as Profile;
const later = async (): Promise<boolean> => true;
const NOW = Date.now();

/** A check as the engine would send it in `lang` (titles and labels from the catalogue). */
function check(lang: Lang, id: CheckId, status: CheckResult['status'], valueText: string): CheckResult {
  const words = wordsFor(lang);
  const key = id.startsWith('spec.') ? `checks.spec.${id.slice(5)}` : `checks.${id}`;
  return {
    id,
    title: words.t(`${key}.title` as MessageKey),
    label: words.t(`${key}.label` as MessageKey),
    status,
    value: null,
    valueText,
    target: '—',
    message: lang === 'it' ? `Messaggio del controllo ${id}.` : `Message of the ${id} check.`,
  };
}

/** Only what the views read of a measurement. */
const measurements = (durationSec: number): Measurements =>
  ({
    durationSec,
    fps: 30,
    container: 'mov,mp4',
    videoCodec: 'h264',
    fileSizeBytes: 8_000_000,
    hook: {
      windowSec: 3,
      firstChangeSec: 0.5,
      staticOpeningSec: 0.4,
      cutsSec: [1.2, 2.4],
      curve: { tSec: [0, 1, 2, 3], change: [0, 0.2, 0.1, 0.3] },
    },
    audio: {
      firstSoundSec: 0.8,
      integratedLufs: -14.2,
      truePeakDbtp: -1.5,
      silenceShare: 0.05,
      loudnessCurve: { stepSec: 0.4, momentaryLufs: [-30, -14, -12, -16, -20] },
    },
    loop: { seamSimilarity: 0.92 },
  }) as unknown as Measurements;

function analysed(lang: Lang, path: string, durationSec: number, verdict: 'pass' | 'fail'): FileResult {
  const f = wordsFor(lang).f;
  const checks = [
    check(lang, 'duration', verdict === 'pass' ? 'pass' : 'warn', f.seconds(durationSec)),
    check(lang, 'hook', verdict, f.moment(0.5)),
    check(lang, 'loop', 'pass', f.percent(0.92)),
    check(lang, 'audio', 'pass', f.lufs(-14.2)),
    check(lang, 'spec.pixel-format', 'pass', 'yuv420p'),
    check(lang, 'spec.bitrate', 'warn', f.bitrate(8000)),
  ];
  return {
    path,
    status: 'analyzed',
    measurements: measurements(durationSec),
    scorecard: {
      verdict,
      score: verdict === 'pass' ? 100 : 62,
      checks,
      findings: checks.filter((c) => c.status !== 'pass').map((c) => c.id),
    },
  };
}

const errored = (lang: Lang, path: string): FileResult => ({
  path,
  status: 'error',
  error: { code: 'not-a-video', message: wordsFor(lang).t('errors.media.notAVideo') },
});

function session(lang: Lang, running: boolean): Session {
  const files: FileState[] = [
    {
      path: '/bozze/01 pronta.mp4',
      state: 'done',
      fraction: 1,
      result: analysed(lang, '/bozze/01 pronta.mp4', 15, 'pass'),
    },
    {
      path: '/bozze/02 nera.mp4',
      state: 'done',
      fraction: 1,
      result: analysed(lang, '/bozze/02 nera.mp4', 12.5, 'fail'),
    },
    { path: '/bozze/03 note.mp4', state: 'done', fraction: 1, result: errored(lang, '/bozze/03 note.mp4') },
    running
      ? { path: '/bozze/04 lunga.mp4', state: 'running', fraction: 0.5 }
      : { path: '/bozze/04 lunga.mp4', state: 'done', fraction: 1, result: notCheckedResult('/bozze/04 lunga.mp4') },
    running
      ? { path: '/bozze/05 ultima.mp4', state: 'queued', fraction: 0 }
      : { path: '/bozze/05 ultima.mp4', state: 'done', fraction: 1, result: notCheckedResult('/bozze/05 ultima.mp4') },
  ];
  return {
    ...newSession(['/bozze'], 'tiktok', 'b-1', running ? null : 7, lang),
    scanning: false,
    running,
    cancelled: !running,
    startedAt: NOW - 20_000,
    files,
    skipped: [
      { path: '/bozze/copertina.jpg', reason: 'image' },
      { path: '/bozze/01 pronta.txt', reason: 'caption' },
    ],
  };
}

const run = (id: number, overrides: Partial<RunSummary> = {}): RunSummary => ({
  id,
  kind: 'check',
  sourceRunId: null,
  startedAt: '2025-03-04T10:15:00Z',
  finishedAt: '2025-03-04T10:16:00Z',
  profile: 'tiktok',
  inputs: ['/bozze'],
  skipped: [],
  status: 'completed',
  total: 5,
  counts: { pass: 1, warn: 0, fail: 1, error: 1 },
  analyzerVersion: 4,
  label: null,
  lang: 'en',
  outcome: 'x',
  ...overrides,
});

const entry = (runId: number, version: number): DraftHistoryEntry => ({
  runId,
  runStatus: 'completed',
  startedAt: '2025-03-04T10:15:00Z',
  profile: 'tiktok',
  fingerprint: `f${version}`,
  version,
  status: 'analyzed',
  verdict: 'warn',
  score: 80,
  errorCode: null,
});

const folder: FolderView = {
  path: '/home/io/Video',
  parent: '/home/io',
  crumbs: [
    { name: '', path: '/' },
    { name: 'home', path: '/home' },
    { name: 'io', path: '/home/io' },
    { name: 'Video', path: '/home/io/Video' },
  ],
  folders: [
    { name: 'bozze', path: '/home/io/Video/bozze', videos: 1, more: false },
    { name: 'archivio', path: '/home/io/Video/archivio', videos: 1000, more: true },
    { name: 'vuota', path: '/home/io/Video/vuota', videos: 0, more: false },
  ],
  videos: ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => ({ name: `${name}.mp4`, path: `/home/io/Video/${name}.mp4` })),
  home: '/home/io',
  recent: ['/home/io/Video/bozze'],
};

/** Every key component, as the window shows it in `lang`. */
function screens(lang: Lang): Record<string, ReactElement> {
  const pass = analysed(lang, '/bozze/01 pronta.mp4', 15, 'pass');
  const fail = analysed(lang, '/bozze/02 nera.mp4', 12.5, 'fail');
  const card = {
    profile: tiktok,
    environment: {
      mode: 'browser' as const,
      version: '0.1.0',
      platform: 'linux',
      defaultProfile: 'tiktok',
      databasePath: null,
      capabilities: { nativeDialogs: false, revealInFolder: true, droppedFilePaths: false },
      notice: null,
    },
    runId: 7,
    profileNames: { tiktok: 'TikTok' },
    onMessage: none,
    onResult: none,
    onClose: none,
    onUnsavedCaption: none,
  };
  return {
    topBar: createElement(TopBar, {
      view: 'batch',
      onView: none,
      hasBatch: true,
      hasHistory: true,
      profiles: [tiktok],
      profileId: 'tiktok',
      onProfile: none,
      onLang: none,
    }),
    start: createElement(StartScreen, {
      environment: null,
      recent: ['/home/io/Video/bozze'],
      noCache: false,
      onNoCacheChange: none,
      onCheck: none,
      onError: none,
    }),
    folders: createElement(FolderPanel, {
      view: folder,
      error: null,
      active: 0,
      explanation: uiFor(lang).t('start.droppedNoPaths'),
      onGo: none,
      onActive: none,
      onListKey: none,
      onPick: none,
      onClose: none,
    }),
    history: createElement(HistoryTable, {
      runs: [
        run(5, { status: 'running', counts: { pass: 0, warn: 0, fail: 0, error: 0 } }),
        run(4, { kind: 'rescore', sourceRunId: 2, profile: 'reels', label: 'Per il cliente' }),
        run(3),
        run(2),
        run(1, { status: 'cancelled', total: 1, counts: { pass: 0, warn: 1, fail: 0, error: 0 } }),
      ],
      onOpen: none,
      profileNames: { tiktok: 'TikTok', reels: 'Instagram Reels' },
      onRename: later,
      onDelete: async () => undefined,
    }),
    batchDone: createElement(BatchView, {
      session: session(lang, false),
      profileName: 'TikTok',
      selected: null,
      onSelect: none,
      onCancel: none,
      onMessage: none,
      onCheckAgain: none,
    }),
    batchRunning: createElement(BatchView, {
      session: session(lang, true),
      profileName: 'TikTok',
      selected: null,
      onSelect: none,
      onCancel: none,
      onMessage: none,
      onCheckAgain: none,
    }),
    scorecardFail: createElement(Scorecard, { ...card, result: fail }),
    scorecardPass: createElement(Scorecard, { ...card, result: pass }),
    scorecardError: createElement(Scorecard, { ...card, result: notCheckedResult('/bozze/04 lunga.mp4') }),
    versions: createElement(VersionsTable, {
      entries: [entry(3, 2), entry(2, 1), entry(1, 1)],
      profileNames: { tiktok: 'TikTok' },
    }),
    player: createElement(Player, { path: '/bozze/01 pronta.mp4', durationSec: 15, fps: 30, formatName: 'h264' }),
  };
}

const render = (lang: Lang, element: ReactElement): string =>
  renderToStaticMarkup(createElement(UiContext.Provider, { value: uiFor(lang) }, element));

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * What people read or hear: text between tags, and the labels, tooltips and alternatives of elements
 * (data-label too: a narrow card shows it before the cell's value).
 */
function visibleTexts(html: string): string[] {
  const texts: string[] = [];
  for (const match of html.matchAll(/\s(?:aria-label|title|alt|placeholder|data-label)="([^"]*)"/g))
    texts.push(decode(match[1]!));
  // React separates neighbouring text with an empty comment: it is one text on screen.
  const body = html.replace(/<!-- -->/g, '');
  for (const chunk of body.split(/<[^>]+>/)) {
    const text = decode(chunk).replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
  }
  return texts;
}

/** Texts that read the same in both languages on purpose: names, units, codes, the data's own words. */
const SAME_IN_BOTH = new Set([
  'Preflight',
  'TikTok',
  'Instagram Reels',
  'Per il cliente',
  'LUFS',
  // “Loudness (LUFS)”: the trade’s word in Italian too
  'Loudness (',
  'HTML',
  'PDF',
  'CSV',
  'JSON',
  'English',
  'Italiano',
  'Audio',
  'Bitrate',
  'h264',
  'yuv420p',
  'mov,mp4',
  // The check labels the CLI table uses too (the engine's, short and technical).
  'Dur',
  'Hook',
  'Loop',
  'Pix',
  'Rate',
  // "video" is Italian too
  '1 video',
]);
const isData = (text: string): boolean =>
  SAME_IN_BOTH.has(text) ||
  // paths and file names, the crumbs and folder names of the fixture
  /^(?:\/|📁)|\.mp4|\.jpg|\.txt/.test(text) ||
  ['home', 'io', 'Video', 'bozze', 'archivio', 'vuota'].includes(text) ||
  // no word of three letters: numbers, units, symbols ("15 s", "100", "✓ Dur", "J K L")
  !/[A-Za-zÀ-ÿ]{3,}/.test(text.replace(/\b(fps|kbps|Mbps|LUFS|dBTP|Esc)\b/g, ''));

describe('the window in Italian', () => {
  const english = screens('en');
  const italian = screens('it');

  for (const name of Object.keys(english)) {
    it(`${name}: no English sentence is left in the Italian render`, () => {
      const en = new Set(visibleTexts(render('en', english[name]!)));
      const it = visibleTexts(render('it', italian[name]!));
      expect(it.length).toBeGreaterThan(0);
      expect(it.filter((text) => en.has(text) && !isData(text))).toEqual([]);
    });
  }

  it('writes figures with a decimal comma and dates the Italian way', () => {
    const card = render('it', italian.scorecardFail!);
    expect(card).toContain('12,5 s');
    expect(card).toContain('−14,2 LUFS'.replace('−', '-'));
    expect(card).not.toMatch(/\d\.\d s\b/);
    const history = render('it', italian.history!);
    expect(history).toContain('mar 2025');
    expect(render('en', english.history!)).toContain('Mar 2025');
  });

  it('speaks Italian where it counts: the views, the verdicts, the plurals, the scorecard', () => {
    const text = (name: string) => visibleTexts(render('it', italian[name]!)).join(' | ');
    expect(text('topBar')).toContain('Controlla');
    expect(text('topBar')).toContain('Bozze');
    expect(text('topBar')).toContain('Cronologia');
    expect(text('batchDone')).toContain('5 bozze');
    expect(text('batchDone')).toContain('2 non controllate');
    expect(text('batchDone')).toContain('Controlla le 2 bozze rimaste');
    expect(text('batchDone')).toContain(
      '2 file ignorati: 1 immagine, 1 file di didascalie o sottotitoli (non controllati)',
    );
    expect(text('batchDone')).toContain('Esporta il report');
    expect(text('batchRunning')).toContain('3 di 5');
    expect(text('history')).toContain('su 5 bozze');
    expect(text('history')).toContain('su 1 bozza');
    expect(text('folders')).toContain('1 video');
    expect(text('folders')).toContain('1000+ video');
    expect(text('scorecardFail')).toContain('tasso di completamento');
    expect(text('scorecardFail')).toContain('Da sistemare prima');
    expect(text('scorecardError')).toContain('Non analizzata: l’analisi è finita prima di arrivare a questa bozza.');
  });

  it('the versions table: in a narrow card each row names its last two cells, in the window’s language', () => {
    const labels = (lang: Lang) =>
      [...render(lang, (lang === 'it' ? italian : english).versions!).matchAll(/data-label="([^"]*)"/g)].map(
        (m) => m[1],
      );
    // Two rows (versions 2 and 1, the second checked twice), each naming "when" and "how many checks".
    expect(labels('en')).toEqual(Array.from({ length: 2 }, () => ['Last checked', 'Checks']).flat());
    expect(labels('it')).toEqual(Array.from({ length: 2 }, () => ['Ultima analisi', 'Analisi']).flat());
  });

  it('the switch says which language is on (aria-pressed) and names each language in itself', () => {
    const bar = render('it', italian.topBar!);
    expect(bar).toMatch(/<button[^>]*lang="it"[^>]*aria-pressed="true"[^>]*>IT<\/button>/);
    expect(bar).toMatch(/<button[^>]*lang="en"[^>]*aria-pressed="false"[^>]*>EN<\/button>/);
    expect(bar).toContain('aria-label="Lingua"');
  });

  it('English stays as it was', () => {
    const text = (name: string) => visibleTexts(render('en', english[name]!)).join(' | ');
    expect(text('batchDone')).toContain('2 files skipped: 1 image, 1 caption or subtitle file (not checked)');
    expect(text('batchDone')).toContain('Check the remaining 2 drafts');
    expect(text('history')).toContain('of 5 drafts');
    expect(text('scorecardFail')).toContain('At this length it needs a');
    expect(text('scorecardError')).toContain('Not analysed: the batch ended before this draft.');
  });
});
