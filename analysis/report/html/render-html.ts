import type { ReportModel } from '../model.js';
import { when } from '../../format/figures.js';
import { GLOSSARY } from '../../format/glossary.js';
import { draftCard } from './draft-card.js';
import { html, raw } from './escape.js';
import { REPORT_CSS } from './styles.js';

/** Scripts are impossible by policy, not just by omission: the report opens safely anywhere. */
const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
const VERDICTS = ['pass', 'warn', 'fail', 'error'] as const;
/** Counts under the summary, singular and plural ("1 Warning", "2 Warnings"). */
const LABEL = {
  pass: ['Pass', 'Pass'],
  warn: ['Warning', 'Warnings'],
  fail: ['Fail', 'Fail'],
  error: ['Not analysed', 'Not analysed'],
} as const;

/** One self-contained HTML file: inline CSS, pictures as data URIs, no script, no network. */
export function renderHtmlReport(model: ReportModel): string {
  const { summary, profile } = model;
  const generated = when(model.generatedAt);
  const top = model.topFindings.slice(0, 12);
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${CSP}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="Preflight ${model.preflightVersion}" />
        <title>Pre-flight report: ${summary.total} draft${summary.total === 1 ? '' : 's'} for ${profile.name}</title>
        <style>
          ${raw(REPORT_CSS)}
        </style>
      </head>
      <body>
        <main>
          <h1>Pre-flight report · ${profile.name}</h1>
          <div class="meta">
            ${summary.total} draft${summary.total === 1 ? '' : 's'} · generated ${generated} by Preflight
            ${model.preflightVersion}${
              model.run
                ? ` · run ${model.run.id}${model.run.kind === 'rescore' ? ` (re-score of run ${model.run.sourceRunId ?? '?'})` : ''}`
                : ''
            }${model.run && model.run.status !== 'completed' ? ` · ${model.run.status}` : ''}
          </div>
          <div class="counts">
            ${VERDICTS.map((v) => html`<div class="count ${v}"><b>${summary[v]}</b>${LABEL[v][summary[v] === 1 ? 0 : 1]}</div>`)}
          </div>
          <div class="stack" aria-hidden="true">
            ${VERDICTS.map((v) => (summary[v] ? html`<span class="${v}" style="flex:${summary[v]}"></span>` : ''))}
          </div>

          <h2>Fix first</h2>
          ${
            top.length
              ? html`<ol class="findings">
                    ${top.map(
                      ({ draft, check }) =>
                        html`<li>
                          <span class="status ${check.status}">${check.status.toUpperCase()}</span>
                          <a href="#draft-${draft.index}">${draft.name}</a>: <b>${check.title}</b>. ${check.message}
                        </li>`,
                    )}
                  </ol>
                  ${model.topFindings.length > top.length ? html`<p class="note">…and ${model.topFindings.length - top.length} more below.</p>` : ''}`
              : html`<p>Nothing to fix${summary.error ? ' among the drafts that could be analysed' : ''}.</p>`
          }

          <h2>Drafts</h2>
          <table>
            <thead>
              <tr>
                <th>#</th>
                <th>Draft</th>
                <th>Verdict</th>
                <th class="num">Score</th>
                <th class="num">Duration</th>
                <th>To fix</th>
              </tr>
            </thead>
            <tbody>
              ${model.drafts.map((d) => {
                const r = d.result;
                return html`<tr>
                  <td>${d.index}</td>
                  <td><a href="#draft-${d.index}">${d.name}</a></td>
                  <td>
                    <span class="chip ${r.status === 'analyzed' ? r.scorecard.verdict : 'error'}"
                      >${r.status === 'analyzed' ? r.scorecard.verdict : 'error'}</span
                    >
                  </td>
                  <td class="num">${r.status === 'analyzed' ? r.scorecard.score : '—'}</td>
                  <td class="num">
                    ${r.status === 'analyzed' ? (r.scorecard.checks.find((c) => c.id === 'duration')?.valueText ?? '—') : '—'}
                  </td>
                  <td>
                    ${r.status === 'analyzed' ? d.findings.map((c) => c.title).join(', ') || '—' : r.error.message}
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>

          ${model.drafts.map((d) => draftCard(d, profile))}

          <footer>
            <section class="glossary">
              <h2>What the terms mean</h2>
              <dl>
                ${GLOSSARY.map(
                  (entry) =>
                    html`<dt>${entry.term}</dt>
                      <dd>${entry.text}</dd>`,
                )}
              </dl>
            </section>
            <p><b>${profile.name}</b>: ${profile.description}</p>
            <p>
              Sources:
              ${profile.sources.map((s, i) => html`${i ? '; ' : ''}${s.covers}: ${s.source} (checked ${s.checked})`)}.
            </p>
            ${profile.assumptions.length ? html`<p>Assumptions: ${profile.assumptions.join(' ')}</p>` : ''}
          </footer>
        </main>
      </body>
    </html> `;
  return page.__html;
}
