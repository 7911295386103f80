import type { Picture } from '../../measure/picture-types.js';
import type { Profile } from '../../profiles/types.js';
import type { Words } from '../../i18n/words.js';
import type { DraftReport } from '../model.js';
import { silentNote } from '../../format/silent-note.js';
import type { AudioMeasurement } from '../../measure/types.js';
import { playableDurationSec } from '../../measure/truncation.js';
import { html, type RawHtml } from './escape.js';
import { cardDensity } from './card-density.js';
import { durationScale, loudnessFigure, motionFigure, plain } from './figures.js';
import { zoneOverlay } from './zone-overlay.js';
import { busyAreas, isFullScreenVertical } from '../../profiles/interface-areas.js';
import { errorLabel } from '../../media/error-labels.js';

const dataUri = (picture: Picture): string => `data:image/jpeg;base64,${picture.jpeg.toString('base64')}`;

/** A verdict or a check's result as the report's language says it ("pass", "non passa"). */
export const statusWord = (status: 'pass' | 'warn' | 'fail' | 'error', words: Words): string =>
  words.t(`report.status.${status}`);

function metadataLine(metadata: Record<string, string>): RawHtml | null {
  const entries = Object.entries(metadata).filter(([key]) => key !== 'encoder' && key !== 'creation_time');
  if (entries.length === 0) return null;
  return html`<p class="tags">
    ${entries.map(([key, value], i) => html`${i ? ' · ' : ''}${key}: <code>${value}</code>`)}
  </p>`;
}

function evidence(draft: DraftReport, profile: Profile, words: Words): RawHtml {
  if (draft.result.status !== 'analyzed') return html``;
  const { t, f } = words;
  const m = draft.result.measurements;
  // What plays: a file cut short is drawn at its decodable length, as its duration check reads.
  const playable = playableDurationSec(m.durationSec, m.decode);
  const pictures = draft.pictures;
  const first = pictures?.strip[0];
  const zones = draft.result.scorecard.checks.find((c) => c.id === 'safe-zones')?.details;
  // The interface areas belong on full-screen 9:16 frames only (others are letterboxed on the phone).
  const overlay = (busy: ReadonlySet<string>) =>
    isFullScreenVertical(m.width, m.height) ? zoneOverlay(profile, words, busy) : '';
  const hookNote =
    `${t('report.card.hookNote.attention', { seconds: plain(profile.hook.attentionSec, f) })} ` +
    t('report.card.hookNote.cuts', { count: m.hook.cutsSec.length }) +
    (m.hook.firstChangeSec !== null
      ? t('report.card.hookNote.firstChange', { moment: f.moment(m.hook.firstChangeSec) })
      : t('report.card.hookNote.noChange')) +
    (m.audio.firstSoundSec !== null
      ? t('report.card.hookNote.firstSound', { moment: f.moment(m.audio.firstSoundSec) })
      : t('report.card.hookNote.noSound')) +
    '.';
  return html` <div class="evidence">
      <div>
        <h4>${t('report.card.firstFrame')}</h4>
        ${first ? html`<span class="zoned"><img class="frame" alt="${t('report.card.firstFrameOf', { name: draft.name })}" src="${dataUri(first)}" />${overlay(busyAreas(zones, 'opening'))}</span>` : html`<p class="note">${draft.picturesNote ?? t('report.card.noPicture')}</p>`}
      </div>
      <div>
        <h4>${t('report.card.hook', { window: f.opening(m.hook.windowSec, profile.hook.windowSec) })}</h4>
        ${
          pictures?.strip.length
            ? html`<div class="strip" style="--frames:${pictures.strip.length}">
                ${pictures.strip.map(
                  (p) =>
                    html`<figure>
                      <img alt="${t('report.card.frameAt', { moment: f.moment(p.tSec) })}" src="${dataUri(p)}" />
                      <figcaption>${f.moment(p.tSec)}</figcaption>
                    </figure>`,
                )}
              </div>`
            : ''
        }
        ${motionFigure(m.hook, { attentionSec: profile.hook.attentionSec, firstSoundSec: m.audio.firstSoundSec }, words)}
        <p class="note">${hookNote}</p>
      </div>
    </div>
    <div class="panels">
      <div class="panel">
        <h4>${t('report.card.seam')}</h4>
        <div class="seam">
          ${
            pictures?.lastFrame
              ? html`<figure>
                  <span class="zoned"
                    ><img
                      alt="${t('report.card.lastFrame')}"
                      src="${dataUri(pictures.lastFrame)}"
                    />${overlay(busyAreas(zones, 'ending'))}</span
                  >
                  <figcaption>
                    ${t('report.card.lastCaption', { moment: f.moment(pictures.lastFrame.tSec) })}
                  </figcaption>
                </figure>`
              : pictures
                ? html`<p class="note">${t('report.card.lastUndecodable')}</p>`
                : ''
          }
          ${
            first
              ? html`<figure>
                  <img alt="${t('report.card.firstFrame')}" src="${dataUri(first)}" />
                  <figcaption>${t('report.card.firstCaption')}</figcaption>
                </figure>`
              : ''
          }
          <div class="similarity">
            ${f.percent(m.loop.seamSimilarity)}
            <div class="note">${t('report.card.similarity')}</div>
          </div>
        </div>
      </div>
      <div class="panel">
        <h4>${t('report.card.duration')}</h4>
        ${durationScale(playable, profile, words)}
        <h4>${t('report.card.loudness')}</h4>
        ${loudnessNote(m.audio, words) ?? loudnessFigure(m.audio, playable, profile, words) ?? html`<p class="note">${t('report.card.noLoudness')}</p>`}
      </div>
    </div>`;
}

/**
 * No track, or a silent one: a note instead of the chart, which would show the target line alone.
 * Silent is the engine's own call (no sample above AUDIBLE_PEAK_DB), so the note names that floor.
 */
function loudnessNote(audio: AudioMeasurement, words: Words): RawHtml | null {
  if (!audio.present) return html`<p class="note">${words.t('report.card.noAudio')}</p>`;
  if (!audio.silent) return null;
  return html`<p class="note">${silentNote(audio.maxVolumeDb, words)}</p>`;
}

function checksTable(draft: DraftReport, words: Words): RawHtml {
  if (draft.result.status !== 'analyzed') return html``;
  const { t } = words;
  return html`<table>
    <thead>
      <tr>
        <th>${t('report.card.checks.check')}</th>
        <th>${t('report.card.checks.result')}</th>
        <th>${t('report.card.checks.value')}</th>
        <th>${t('report.card.checks.target')}</th>
        <th>${t('report.card.checks.meaning')}</th>
      </tr>
    </thead>
    <tbody>
      ${draft.result.scorecard.checks.map(
        (check) =>
          html`<tr>
            <td>${check.title}</td>
            <td class="status ${check.status}">${statusWord(check.status, words)}</td>
            <td class="num">${check.valueText}</td>
            <td>${check.target}</td>
            <td>${check.message}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function draftCard(draft: DraftReport, profile: Profile, words: Words): RawHtml {
  const { result } = draft;
  const { t } = words;
  const verdict = result.status === 'analyzed' ? result.scorecard.verdict : 'error';
  // A draft that could not be analysed is one line: on paper it follows what came before instead of
  // taking a page of its own.
  // A card with many notes is printed tighter, so it still fits its own page.
  const density = cardDensity(draft);
  const kind = result.status === 'error' ? 'card error-card' : density === 'normal' ? 'card' : `card ${density}`;
  return html`<section class="${kind}" id="draft-${draft.index}">
    <header>
      <div>
        <h3>${draft.index}. ${draft.name} <span class="chip ${verdict}">${statusWord(verdict, words)}</span></h3>
        <div class="folder">${draft.folder}</div>
        ${result.status === 'analyzed' ? metadataLine(result.measurements.metadata ?? {}) : ''}
      </div>
      ${result.status === 'analyzed' ? html`<div class="score">${result.scorecard.score}<small>${t('report.card.scoreOf')}</small></div>` : ''}
    </header>
    ${
      result.status === 'error'
        ? html`<p class="error-box"><b>${`${errorLabel(result.error.code, words)}:`}</b> ${result.error.message}</p>`
        : html`${
            draft.findings.length
              ? html`<ol class="findings">
                  ${draft.findings.map((c) => html`<li><span class="status ${c.status}">${c.title}:</span> ${c.message}</li>`)}
                </ol>`
              : html`<p>${t('report.card.ready')}</p>`
          }
          ${evidence(draft, profile, words)} ${checksTable(draft, words)}`
    }
  </section>`;
}
