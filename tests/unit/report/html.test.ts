import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../../analysis/batch/types.js';
import { english, wordsFor } from '../../../analysis/i18n/words.js';
import { mediaError } from '../../../analysis/media/said-error.js';
import { getProfile, PROFILES } from '../../../analysis/profiles/index.js';
import { escapeHtml, html, raw } from '../../../analysis/report/html/escape.js';
import { renderHtmlReport } from '../../../analysis/report/html/render-html.js';
import { buildReportModel } from '../../../analysis/report/model.js';
import { scoreDraft } from '../../../analysis/score.js';
import { makeMeasurements } from '../helpers/measurements.js';
import { analyzed, errored, failing, passing, warning } from '../helpers/results.js';

const HOSTILE_NAME = '/d/<img src=x onerror=alert(1)>.mp4';
const HOSTILE_TITLE = '</title><script>alert(2)</script>';

function render(results: Parameters<typeof buildReportModel>[0]['results']): string {
  return renderHtmlReport(
    buildReportModel({
      profile: getProfile('tiktok'),
      results,
      preflightVersion: '1.2.3',
      now: new Date('2026-11-22T10:00:00Z'),
    }),
  );
}

describe('HTML escaping', () => {
  it('escapes every character that could open a tag or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\``)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;',
    );
    expect(html`<p title="${'" onmouseover="x'}">${'<b>'}${raw('<i>ok</i>')}</p>`.__html).toBe(
      '<p title="&quot; onmouseover=&quot;x">&lt;b&gt;<i>ok</i></p>',
    );
  });
});

describe('HTML report', () => {
  it('contains no script and shows a hostile file name and title tag only as text', () => {
    const page = render([
      analyzed(HOSTILE_NAME, { metadata: { title: HOSTILE_TITLE, comment: '" onload="alert(3)' } }),
    ]);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toContain('<img src=x');
    // the attributes appear only as escaped text, never inside a tag
    const tagsOnly = page.replace(/"[^"]*"/g, '""');
    expect(tagsOnly).not.toMatch(/<[a-z][^>]*\sonerror=/i);
    expect(tagsOnly).not.toMatch(/<[a-z][^>]*\sonload=/i);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;.mp4');
    expect(page).toContain('&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(page).toContain(
      `http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src data:; style-src &#39;unsafe-inline&#39;"`,
    );
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('counts the drafts that could not be read among the findings left below the first twelve', () => {
    const results = [
      ...Array.from({ length: 12 }, (_, i) => failing(`/d/f${i}.mp4`)),
      errored('/d/e1.mp4', 'truncated', 'Cut short.'),
      errored('/d/e2.mp4', 'not-a-video', 'Not a video file.'),
    ];
    const model = buildReportModel({ profile: getProfile('tiktok'), results, preflightVersion: '1.2.3' });
    const page = renderHtmlReport(model);
    const fixFirst = page.slice(page.indexOf('Fix first'), page.indexOf('<h2>Drafts'));
    expect(fixFirst.match(/<li>/g)).toHaveLength(12);
    expect(fixFirst.indexOf('e1.mp4')).toBeLessThan(fixFirst.indexOf('e2.mp4'));
    expect(fixFirst).toContain(`…and ${model.topFindings.length + 2 - 12} more below.`);
  });

  it('summarises the batch, puts failures first, and has a card per draft with every check', () => {
    const page = render([
      passing('/d/a.mp4'),
      warning('/d/b.mp4'),
      failing('/d/c.mp4'),
      errored('/d/d.mp4', 'not-a-video', 'Not a video file.'),
    ]);
    expect(page).toMatch(/<div class="count pass"><b>1<\/b>/);
    expect(page).toMatch(/<div class="count error"><b>1<\/b>/);
    const fixFirst = page.slice(page.indexOf('Fix first'), page.indexOf('<h2>Drafts'));
    expect(fixFirst.indexOf('FAIL')).toBeLessThan(fixFirst.indexOf('WARN'));
    // A draft that could not be read heads the list: nothing about it can be judged until it opens.
    expect(fixFirst.indexOf('ERROR')).toBeGreaterThan(-1);
    expect(fixFirst.indexOf('ERROR')).toBeLessThan(fixFirst.indexOf('FAIL'));
    expect(fixFirst).toContain('d.mp4</a>:');
    expect(fixFirst).toContain('Not a video file.');
    expect(page.match(/<section class="card[ "]/g)).toHaveLength(4);
    // On paper an error is one line that follows the draft before it, not a page of its own.
    expect(page.match(/<section class="card error-card"/g)).toHaveLength(1);
    expect(page).toMatch(/@media print[\s\S]*\.card\.error-card \{ break-before: auto;/);
    expect(page).toContain('Not a video:');
    // every check of an analysed draft has a row
    const card = page.slice(page.indexOf('id="draft-1"'), page.indexOf('id="draft-2"'));
    expect(card.match(/<td class="status /g)).toHaveLength(14);
    expect(card).toContain('Ready to post');
    // figures are inline SVG
    expect(card).toContain('aria-label="Motion in the opening seconds"');
    expect(card).toContain('aria-label="Loudness over time"');
    expect(card).toContain('aria-label="Duration against the completion bands"');
  });

  it('says why pictures are missing instead of leaving a hole', () => {
    const results = [passing('/d/gone.mp4')];
    const page = renderHtmlReport(
      buildReportModel({
        profile: getProfile('tiktok'),
        results,
        preflightVersion: '1',
        pictures: new Map([['/d/gone.mp4', new Error('the draft was moved')]]),
      }),
    );
    expect(page).toContain('Pictures unavailable: the draft was moved');
  });
});

describe('glossary', () => {
  it('explains the terms of the trade at the end of the report', () => {
    const page = render([passing('/d/a.mp4')]);
    expect(page).toContain('<h2>What the terms mean</h2>');
    expect(page).toMatch(/<dt>LUFS<\/dt>\s*<dd>Loudness as people hear it/);
    expect(page).toMatch(/<dt>True peak \(dBTP\)<\/dt>/);
    expect(page).toMatch(/<dt>Completion rate<\/dt>/);
  });
});

describe('summary counts', () => {
  it('say "1 Warning" and "2 Warnings", never "1 Warnings"', () => {
    const one = render([warning('/d/a.mp4'), passing('/d/b.mp4')]);
    expect(one).toContain('<b>1</b>Warning<');
    expect(one).not.toContain('<b>1</b>Warnings');
    expect(render([warning('/d/a.mp4'), warning('/d/b.mp4')])).toContain('<b>2</b>Warnings<');
  });
});

describe('duration scale', () => {
  it('has ticks at 0, the sweet spot, every band and the end, and band labels centred in their band', async () => {
    const { durationScale } = await import('../../../analysis/report/html/figures.js');
    const svg = durationScale(15, getProfile('tiktok')).__html;
    const ticks = [...svg.matchAll(/class="tick"[^>]*>([^<]+)</g)].map((m) => m[1]!.trim());
    expect(ticks).toEqual(expect.arrayContaining(['0', '13', '17', '60 s']));
    for (const band of getProfile('tiktok').duration.bands)
      if (band.fromSec > 0 && band.fromSec < 60) expect(ticks).toContain(String(band.fromSec));
    expect(svg).toMatch(/class="band-label"[^>]*text-anchor="middle"/);
    expect(svg).toContain('15.0 s');
  });
});

describe('HTML report in Italian', () => {
  const it_ = wordsFor('it');
  const profile = getProfile('tiktok');
  const scored = (path: string, overrides: Parameters<typeof makeMeasurements>[0] = {}): FileResult => {
    const measurements = makeMeasurements(overrides);
    return { path, status: 'analyzed', measurements, scorecard: scoreDraft(measurements, profile, it_) };
  };
  const page = renderHtmlReport(
    buildReportModel({
      profile,
      words: it_,
      results: [
        scored('/d/a.mp4'),
        scored('/d/b.mp4', { durationSec: 25.5, decode: { declaredDurationSec: 25.5, decodedDurationSec: 25.5 } }),
        // stored in English with its phrase: said again in the report's language
        {
          path: '/d/c.mp4',
          status: 'error',
          error: { code: 'truncated', message: 'English words', phrase: { key: 'errors.media.truncated' } },
        },
      ],
      run: { id: 7, kind: 'rescore', status: 'cancelled', startedAt: '2026-11-22T09:00:00Z', sourceRunId: 3 },
      skipped: [
        { path: '/d/a.png', reason: 'image' },
        { path: '/d/b.png', reason: 'image' },
      ],
      pictures: new Map([['/d/a.mp4', mediaError('changed', { key: 'report.pictures.changed' })]]),
      preflightVersion: '1.2.3',
      now: new Date('2026-11-22T10:00:00Z'),
    }),
  );
  const text = page
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

  it('says its language and its headings in Italian', () => {
    expect(page).toContain('<html lang="it">');
    expect(page).toContain('<title>Report pre-flight: 3 bozze per TikTok</title>');
    expect(page).toContain('<h1>Report pre-flight · TikTok</h1>');
    expect(page).toContain('<h2>Da sistemare prima</h2>');
    expect(page).toContain('<h2>Cosa vogliono dire i termini</h2>');
    // an Italian date, in local time
    expect(text).toMatch(/3 bozze · generato da Preflight 1\.2\.3 · \d{1,2} nov 2026, \d{2}:\d{2}/);
    expect(text).toContain('analisi n. 7 (punteggio ricalcolato dall’analisi n. 3) · annullata');
    expect(text).toContain('2 file ignorati: 2 immagini');
    expect(page).toContain('<b>1</b>Da rivedere<');
    expect(page).toContain('<b>1</b>Errore<');
    expect(page).toMatch(/<span class="status warn"\s*>DA RIVEDERE<\/span\s*>/);
    expect(page).toMatch(/<span class="chip warn">da rivedere<\/span>/);
    expect(text).toContain('Punteggio');
    expect(text).toContain('Pronta da pubblicare: tutti i controlli sono superati.');
    expect(text).toContain('File incompleto: Il file è incompleto');
    expect(text).not.toContain('English words');
  });

  it('writes the checks, the figures and the notes in Italian, with decimal commas', () => {
    // the check's own Italian message, as scored
    const duration = (page.match(/<span class="status warn">Durata:<\/span>([^<]*)</) ?? [])[1] ?? '';
    expect(duration).toContain('25,5 s');
    expect(duration).toContain('tasso di completamento');
    expect(text).toContain('Gancio: i primi 3 s');
    expect(text).toContain(
      'Area blu: i primi 2 s che il pubblico concede a un video. 0 stacchi, primo cambiamento a 0,03 s, primo suono a 0,00 s.',
    );
    expect(text).toContain(
      'Immagini non disponibili: la bozza è stata modificata, spostata o eliminata dopo l’analisi',
    );
    expect(page).toContain('aria-label="Movimento nei primi secondi"');
    expect(page).toContain('aria-label="Durata rispetto alle fasce di completamento"');
    expect(text).toContain('intervallo ideale 13–17 s');
    expect(text).toContain('picco reale -1,5 dBTP');
    expect(text).toContain('Cosa significa');
    expect(text).toContain('Post organico su TikTok');
    expect(text).toContain('Ipotesi: Le piattaforme non pubblicano dati sulla loudness');
    expect(text).toContain('(verificata il 2026-11-22)');
  });

  it('ends with the glossary in Italian', () => {
    expect(page).toMatch(/<dt>Tasso di completamento<\/dt>\s*<dd>La quota di chi guarda un video fino alla fine/);
    expect(text).toContain('video a loop');
    expect(text).toContain('sound on');
  });

  it('leaves no English heading or label behind', () => {
    for (const english of [
      'Fix first',
      'Drafts',
      'What the terms mean',
      'First frame',
      'Loop seam',
      'Ready to post',
      'Sources:',
      'Assumptions:',
      'generated',
      'Pictures unavailable',
    ])
      expect(text, english).not.toContain(english);
  });
});

describe('profile texts in the report catalogue', () => {
  it('say in English exactly what the profiles state', () => {
    const words = english();
    for (const profile of PROFILES) {
      expect(words.t(`report.profiles.${profile.id}.description`)).toBe(profile.description);
      expect(words.t(`report.profiles.${profile.id}.assumptions`)).toBe(profile.assumptions.join(' '));
    }
  });
});
