import { describe, expect, it } from 'vitest';
import { localizeFileError, toFileError } from '../../../analysis/batch/file-error.js';
import { describeSkipped, noDraftsFound, type SkippedFile } from '../../../analysis/batch/skip-reasons.js';
import type { FileError } from '../../../analysis/batch/types.js';
import { CATALOGUES } from '../../../analysis/i18n/messages/index.js';
import { english, wordsFor } from '../../../analysis/i18n/words.js';
import { throwIfAborted } from '../../../analysis/media/abortable.js';
import { ERROR_LABELS, errorAdvice, errorLabel } from '../../../analysis/media/error-labels.js';
import type { MediaErrorCode } from '../../../analysis/media/errors.js';
import { mediaError } from '../../../analysis/media/said-error.js';
import { measureFile } from '../../../analysis/measure/measure-file.js';
import { StoreError, storeError } from '../../../analysis/store/errors.js';
import { ensureFixture, zeroBytePath } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';

const it_ = wordsFor('it');
const CODES = Object.keys(ERROR_LABELS) as MediaErrorCode[];

async function fileErrorOf(path: string): Promise<FileError> {
  const error = await measureFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, path).toBeDefined();
  return toFileError(error);
}

describe('error labels and advice in every language', () => {
  it('has every code in the catalogue of both languages', () => {
    expect(Object.keys(CATALOGUES.en.errors.labels).sort()).toEqual([...CODES].sort());
    expect(Object.keys(CATALOGUES.it.errors.advice).sort()).toEqual([...CODES].sort());
  });

  it.each(CODES)('%s has an Italian label and advice that differ from the English', (code) => {
    const label = errorLabel(code, it_);
    const advice = errorAdvice(code, it_);
    expect(label).not.toBe(errorLabel(code));
    expect(advice).not.toBe(errorAdvice(code));
    expect(label.length).toBeGreaterThan(3);
    expect(label.length).toBeLessThanOrEqual(24);
    expect(label).not.toContain('-');
    expect(advice).toMatch(/[.!]$/);
    expect(advice.length).toBeGreaterThan(20);
  });

  it('speaks English by default, as before', () => {
    expect(errorLabel('corrupt')).toBe('Damaged file');
    expect(errorAdvice('corrupt')).toBe('The file is damaged: export it again from your editor.');
    expect(errorLabel('corrupt', it_)).toBe('File danneggiato');
    expect(errorAdvice('corrupt', it_)).toBe('Il file è danneggiato: esportalo di nuovo dall’editor.');
  });

  it('passes an unknown code through in any language', () => {
    expect(errorLabel('something-new', it_)).toBe('something-new');
    expect(errorAdvice('something-new', it_)).toBe('');
  });
});

describe('skipped files', () => {
  const one: SkippedFile[] = [{ path: '/a/notes.txt', reason: 'caption' }];
  const two: SkippedFile[] = [
    { path: '/a/cover.jpg', reason: 'image' },
    { path: '/a/frame.png', reason: 'image' },
  ];
  const mixed: SkippedFile[] = [...two, ...one, { path: '/a/brief.pdf', reason: 'document' }];

  it('counts one and several files in English', () => {
    expect(describeSkipped(one)).toBe('1 file skipped: 1 caption or subtitle file');
    expect(describeSkipped(two)).toBe('2 files skipped: 2 images');
    expect(describeSkipped(mixed, english())).toBe('4 files skipped: 2 images, 1 caption or subtitle file, 1 document');
  });

  it('counts one and several files in Italian', () => {
    expect(describeSkipped(one, it_)).toBe('1 file ignorato: 1 file di didascalie o sottotitoli');
    expect(describeSkipped(two, it_)).toBe('2 file ignorati: 2 immagini');
    expect(describeSkipped(mixed, it_)).toBe(
      '4 file ignorati: 2 immagini, 1 file di didascalie o sottotitoli, 1 documento',
    );
    expect(describeSkipped([{ path: '/a/x.bin', reason: 'not-a-video' }], it_)).toBe(
      '1 file ignorato: 1 file che non è un video',
    );
    expect(
      describeSkipped(
        [
          { path: '/a/x.bin', reason: 'not-a-video' },
          { path: '/a/y.bin', reason: 'not-a-video' },
        ],
        it_,
      ),
    ).toBe('2 file ignorati: 2 file che non sono video');
    expect(describeSkipped([], it_)).toBe('');
  });

  it('names the extensions searched in Italian too', () => {
    const said = noDraftsFound(it_);
    expect(said).toMatch(/^Nessuna bozza video trovata\./);
    for (const ext of ['.mp4', '.mov', '.mxf', '.dv']) expect(said).toContain(ext);
  });
});

describe('per-file errors said in the reader’s language', () => {
  it('keeps the English message and says it again in Italian, from real files', async () => {
    const cases: Array<[string, MediaErrorCode, string, string]> = [
      [
        '/nonexistent/folder/draft.mp4',
        'not-found',
        'The file does not exist (moved, renamed or deleted?).',
        'Il file non esiste (spostato, rinominato o eliminato?).',
      ],
      [
        zeroBytePath(),
        'empty-file',
        'The file is empty (0 bytes): the export or copy did not finish.',
        'Il file è vuoto (0 byte): l’esportazione o la copia non è arrivata alla fine.',
      ],
      [
        await ensureFixture(F.textAsVideo),
        'not-a-video',
        'Despite its name, its contents are not MP4/MOV data. If it should be a video, export it again as MP4.',
        'Nonostante il nome, il contenuto non è MP4/MOV. Se dovrebbe essere un video, esportalo di nuovo in MP4.',
      ],
      [
        await ensureFixture(F.audioOnly),
        'no-video-stream',
        'This is an audio-only file: there is no video track to check. Export the video with its picture.',
        'È un file solo audio: non c’è nessuna traccia video da controllare. Esporta il video con le immagini.',
      ],
    ];
    for (const [path, code, english, italian] of cases) {
      const error = await fileErrorOf(path);
      expect(error, path).toMatchObject({ code, message: english });
      expect(error.phrase?.key, path).toMatch(/^errors\./);
      expect(localizeFileError(error, wordsFor('en')).message, path).toBe(english);
      const localized = localizeFileError(error, it_);
      expect(localized, path).toMatchObject({ code, message: italian });
    }
  });

  it('says a text file named .mp4 once after its label, keeping what ffmpeg said in details.ffmpeg', async () => {
    const error = await fileErrorOf(await ensureFixture(F.textAsVideo));
    // The table and the app print "<label>: <message>": "Not a video: Not a video file: …" said it twice.
    for (const words of [english(), it_]) {
      const label = errorLabel(error.code, words).toLowerCase();
      expect(localizeFileError(error, words).message.toLowerCase(), words.lang).not.toContain(label);
    }
    // As the README's JSON example shows: ffmpeg's own last line, never in the message.
    expect(error.details?.ffmpeg).toMatch(/Invalid data found when processing input$/);
    expect(error.message).not.toContain('Invalid data');
  });

  it('says an unexpected failure in Italian, keeping the thrown words', () => {
    const error = toFileError(new TypeError('x is not a function'));
    expect(error).toMatchObject({ code: 'internal', message: 'Unexpected failure: x is not a function' });
    expect(localizeFileError(error, it_).message).toBe('Errore inatteso: x is not a function');
  });

  it('leaves an error without a phrase (an old stored result) as it was', () => {
    const stored: FileError = { code: 'corrupt', message: 'The file is damaged.' };
    expect(localizeFileError(stored, it_)).toEqual(stored);
  });

  it('keeps the technical name of a cancelled step', () => {
    const controller = new AbortController();
    controller.abort();
    let thrown: unknown;
    try {
      throwIfAborted(controller.signal, 'opening decode');
    } catch (error) {
      thrown = error;
    }
    const error = toFileError(thrown);
    expect(error).toMatchObject({ code: 'cancelled', message: 'opening decode cancelled' });
    expect(localizeFileError(error, it_).message).toBe('Elaborazione annullata (opening decode)');
  });

  it('chooses the Italian singular or plural for missing ffmpeg filters, English unchanged', () => {
    const filters = (names: string[]) =>
      mediaError('ffmpeg-missing', {
        key: 'errors.binaries.lacksFilters',
        params: { path: '/opt/ffmpeg', filters: names.join(', '), count: names.length },
      });
    expect(filters(['ebur128']).message).toBe(
      'The ffmpeg in use (/opt/ffmpeg) lacks the filter(s) ebur128; set FFMPEG_PATH to a fuller build.',
    );
    expect(it_.say(filters(['ebur128']).phrase!)).toContain('non ha il filtro ebur128');
    expect(it_.say(filters(['ebur128', 'blackdetect']).phrase!)).toContain('non ha i filtri ebur128, blackdetect');
  });

  it('gives history database errors a phrase too', () => {
    const error = storeError('run-not-found', { key: 'errors.store.noRun', params: { run: 7, path: '/h.db' } });
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toBe('There is no run 7 in /h.db (see `preflight history`).');
    expect(it_.say(error.phrase!)).toBe('In /h.db non c’è nessuna analisi n. 7 (vedi `preflight history`).');
    expect(new StoreError('open-failed', 'as before').phrase).toBeUndefined();
  });
});
