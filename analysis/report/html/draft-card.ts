import type { Picture } from '../../measure/picture-types.js';
import type { Profile } from '../../profiles/types.js';
import type { DraftReport } from '../model.js';
import { moment, percent } from '../../format/figures.js';
import { playableDurationSec } from '../../measure/truncation.js';
import { html, type RawHtml } from './escape.js';
import { durationScale, loudnessFigure, motionFigure } from './figures.js';

const dataUri = (picture: Picture): string => `data:image/jpeg;base64,${picture.jpeg.toString('base64')}`;

function metadataLine(metadata: Record<string, string>): RawHtml | null {
  const entries = Object.entries(metadata).filter(([key]) => key !== 'encoder' && key !== 'creation_time');
  if (entries.length === 0) return null;
  return html`<p class="tags">
    ${entries.map(([key, value], i) => html`${i ? ' · ' : ''}${key}: <code>${value}</code>`)}
  </p>`;
}

function evidence(draft: DraftReport, profile: Profile): RawHtml {
  if (draft.result.status !== 'analyzed') return html``;
  const m = draft.result.measurements;
  // What plays: a file cut short is drawn at its decodable length, as its duration check reads.
  const playable = playableDurationSec(m.durationSec, m.decode);
  const pictures = draft.pictures;
  const first = pictures?.strip[0];
  return html` <div class="evidence">
      <div>
        <h4>First frame</h4>
        ${first ? html`<img class="frame" alt="First frame of ${draft.name}" src="${dataUri(first)}" />` : html`<p class="note">${draft.picturesNote ?? 'No picture.'}</p>`}
      </div>
      <div>
        <h4>Hook: the first ${moment(m.hook.windowSec)}</h4>
        ${
          pictures?.strip.length
            ? html`<div class="strip" style="--frames:${pictures.strip.length}">
                ${pictures.strip.map(
                  (p) =>
                    html`<figure>
                      <img alt="Frame at ${moment(p.tSec)}" src="${dataUri(p)}" />
                      <figcaption>${moment(p.tSec)}</figcaption>
                    </figure>`,
                )}
              </div>`
            : ''
        }
        ${motionFigure(m.hook, { attentionSec: profile.hook.attentionSec, firstSoundSec: m.audio.firstSoundSec })}
        <p class="note">
          Blue area: the first ${profile.hook.attentionSec} s viewers give a video. ${m.hook.cutsSec.length}
          cut(s)${
            m.hook.firstChangeSec !== null ? `, first change at ${moment(m.hook.firstChangeSec)}` : ', no change'
          }${m.audio.firstSoundSec !== null ? `, first sound at ${moment(m.audio.firstSoundSec)}` : ', no sound'}.
        </p>
      </div>
    </div>
    <div class="panels">
      <div class="panel">
        <h4>Loop seam: last frame → first frame</h4>
        <div class="seam">
          ${
            pictures?.lastFrame
              ? html`<figure>
                  <img alt="Last frame" src="${dataUri(pictures.lastFrame)}" />
                  <figcaption>last (${moment(pictures.lastFrame.tSec)})</figcaption>
                </figure>`
              : pictures
                ? html`<p class="note">The last frame cannot be decoded.</p>`
                : ''
          }
          ${
            first
              ? html`<figure>
                  <img alt="First frame" src="${dataUri(first)}" />
                  <figcaption>first</figcaption>
                </figure>`
              : ''
          }
          <div class="similarity">
            ${percent(m.loop.seamSimilarity)}
            <div class="note">similarity (100% = identical)</div>
          </div>
        </div>
      </div>
      <div class="panel">
        <h4>Duration</h4>
        ${durationScale(playable, profile)}
        <h4>Loudness</h4>
        ${loudnessFigure(m.audio, playable, profile) ?? html`<p class="note">${m.audio.present ? 'The audio track is silent.' : 'No audio track.'}</p>`}
      </div>
    </div>`;
}

function checksTable(draft: DraftReport): RawHtml {
  if (draft.result.status !== 'analyzed') return html``;
  return html`<table>
    <thead>
      <tr>
        <th>Check</th>
        <th>Result</th>
        <th>Value</th>
        <th>Target</th>
        <th>What it means</th>
      </tr>
    </thead>
    <tbody>
      ${draft.result.scorecard.checks.map(
        (check) =>
          html`<tr>
            <td>${check.title}</td>
            <td class="status ${check.status}">${check.status}</td>
            <td class="num">${check.valueText}</td>
            <td>${check.target}</td>
            <td>${check.message}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function draftCard(draft: DraftReport, profile: Profile): RawHtml {
  const { result } = draft;
  const verdict = result.status === 'analyzed' ? result.scorecard.verdict : 'error';
  return html`<section class="card" id="draft-${draft.index}">
    <header>
      <div>
        <h3>${draft.index}. ${draft.name} <span class="chip ${verdict}">${verdict}</span></h3>
        <div class="folder">${draft.folder}</div>
        ${result.status === 'analyzed' ? metadataLine(result.measurements.metadata ?? {}) : ''}
      </div>
      ${result.status === 'analyzed' ? html`<div class="score">${result.scorecard.score}<small>score / 100</small></div>` : ''}
    </header>
    ${
      result.status === 'error'
        ? html`<p class="error-box"><b>Not analysed (${result.error.code}).</b> ${result.error.message}</p>`
        : html`${
            draft.findings.length
              ? html`<ol class="findings">
                  ${draft.findings.map((c) => html`<li><span class="status ${c.status}">${c.title}:</span> ${c.message}</li>`)}
                </ol>`
              : html`<p>Ready to post: every check passes.</p>`
          }
          ${evidence(draft, profile)} ${checksTable(draft)}`
    }
  </section>`;
}
