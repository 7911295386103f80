import type { SkippedFile } from '../../batch/skip-reasons.js';
import { describeSkipped } from '../../batch/skip-reasons.js';
import { glossary } from '../../format/glossary.js';
import { LOCALE_OF } from '../../i18n/lang.js';
import type { ReportModel } from '../model.js';
import { draftCard, statusWord } from './draft-card.js';
import { html, raw, type RawHtml } from './escape.js';
import { profileSources, sourceLine } from '../sources.js';
import { REPORT_CSS } from './styles.js';
import { ZONE_CSS, zoneToggleBox, zoneToggleLabel } from './zone-overlay.js';
import { errorLabel } from '../../media/error-labels.js';

/** Scripts are impossible by policy, not just by omission: the report opens safely anywhere. */
const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
const VERDICTS = ['pass', 'warn', 'fail', 'error'] as const;

/** The line under the heading: drafts, when and by what, the run and how it ended. */
function metaLine(model: ReportModel): string {
  const { words, run } = model;
  const { t } = words;
  return [
    t('report.meta.drafts', { count: model.planned }),
    t('report.meta.generated', { when: words.f.when(model.generatedAt), version: model.preflightVersion }),
    ...(run
      ? [
          run.kind === 'rescore'
            ? t('report.meta.rescore', { run: run.id, source: run.sourceRunId ?? '?' })
            : t('report.meta.run', { run: run.id }),
        ]
      : []),
    ...(run && run.status !== 'completed' ? [t(`report.meta.status.${run.status}`)] : []),
    ...(model.notChecked ? [t('report.meta.notChecked', { count: model.notChecked.count })] : []),
  ].join(' · ');
}

/** The verdict tiles, then the drafts a cancel stopped: counted apart, never as errors. */
function countTiles(model: ReportModel): RawHtml {
  const { summary, notChecked, words } = model;
  const { t } = words;
  return html`<div class="counts">
      ${VERDICTS.map((v) => html`<div class="count ${v}"><b>${summary[v]}</b>${t(`report.counts.${v}`, { count: summary[v] })}</div>`)}
      ${notChecked ? html`<div class="count not-checked"><b>${notChecked.count}</b>${t('report.counts.notChecked', { count: notChecked.count })}</div>` : ''}
    </div>
    <div class="stack" aria-hidden="true">
      ${VERDICTS.map((v) => (summary[v] ? html`<span class="${v}" style="flex:${summary[v]}"></span>` : ''))}
      ${notChecked ? html`<span class="not-checked" style="flex:${notChecked.count}"></span>` : ''}
    </div>
    ${
      notChecked
        ? html`<p class="note not-checked">
            ${t(`report.notChecked.${notChecked.stoppedBy}`, { count: notChecked.count, total: model.planned })}
          </p>`
        : ''
    }`;
}

/** One self-contained HTML file: inline CSS, pictures as data URIs, no script, no network. */
export function renderHtmlReport(model: ReportModel): string {
  const { profile, words } = model;
  const { t } = words;
  // A draft that could not be read comes first: none of its checks can be judged until it opens.
  const toFix = [
    ...model.drafts.filter((draft) => draft.result.status === 'error').map((draft) => ({ draft, check: null })),
    ...model.topFindings,
  ];
  const top = toFix.slice(0, 12);
  // The folder scan's reasons are SkipReasons; the model keeps them as the JSON contract's strings.
  const skipped = describeSkipped(model.skipped as readonly SkippedFile[], words);
  const page = html`<!doctype html>
    <html lang="${words.lang}">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${CSP}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="Preflight ${model.preflightVersion}" />
        <title>${t('report.title', { count: model.planned, profile: profile.name })}</title>
        <style>
          ${raw(REPORT_CSS)}
          ${raw(ZONE_CSS)}
        </style>
      </head>
      <body>
        ${zoneToggleBox()}
        <main>
          <h1>${t('report.heading', { profile: profile.name })}</h1>
          <div class="meta">${metaLine(model)}</div>
          ${zoneToggleLabel(profile, words)} ${skipped ? html`<p class="note skipped">${skipped}</p>` : ''}
          ${countTiles(model)}

          <h2>${t('report.fixFirst')}</h2>
          ${
            top.length
              ? html`<ol class="findings">
                    ${top.map(({ draft, check }) => {
                      const status = check?.status ?? 'error';
                      const result = draft.result;
                      return html`<li>
                        <span class="status ${status}"
                          >${statusWord(status, words).toLocaleUpperCase(LOCALE_OF[words.lang])}</span
                        >
                        <a href="#draft-${draft.index}">${draft.name}</a>:
                        ${
                          check
                            ? html`<b>${check.title}</b>. ${check.message}`
                            : result.status === 'error'
                              ? html`<b>${`${errorLabel(result.error.code, words)}:`}</b> ${result.error.message}`
                              : ''
                        }
                      </li>`;
                    })}
                  </ol>
                  ${toFix.length > top.length ? html`<p class="note">${t('report.moreBelow', { count: toFix.length - top.length })}</p>` : ''}`
              : html`<p>${t('report.nothingToFix')}</p>`
          }

          <h2>${t('report.drafts')}</h2>
          <table>
            <thead>
              <tr>
                <th>${t('report.table.index')}</th>
                <th>${t('report.table.draft')}</th>
                <th>${t('report.table.verdict')}</th>
                <th class="num">${t('report.table.score')}</th>
                <th class="num">${t('report.table.duration')}</th>
                <th>${t('report.table.toFix')}</th>
              </tr>
            </thead>
            <tbody>
              ${model.drafts.map((d) => {
                const r = d.result;
                const verdict = r.status === 'analyzed' ? r.scorecard.verdict : 'error';
                return html`<tr>
                  <td>${d.index}</td>
                  <td><a href="#draft-${d.index}">${d.name}</a></td>
                  <td>
                    <span class="chip ${verdict}">${statusWord(verdict, words)}</span>
                  </td>
                  <td class="num">${r.status === 'analyzed' ? r.scorecard.score : '—'}</td>
                  <td class="num">
                    ${r.status === 'analyzed' ? (r.scorecard.checks.find((c) => c.id === 'duration')?.valueText ?? '—') : '—'}
                  </td>
                  <td>
                    ${r.status === 'analyzed' ? words.f.list(d.findings.map((c) => c.title)) || '—' : r.error.message}
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>

          ${model.drafts.map((d) => draftCard(d, profile, words))}

          <footer>
            <section class="glossary">
              <h2>${t('report.glossary')}</h2>
              <dl>
                ${glossary(words).map(
                  (entry) =>
                    html`<dt>${entry.term}</dt>
                      <dd>${entry.text}</dd>`,
                )}
              </dl>
            </section>
            <p><b>${profile.name}</b>: ${t(`report.profiles.${profile.id}.description`)}</p>
            <p>
              ${t('report.footer.sources')}
              ${profileSources(profile).map((s, i) => html`${i ? '; ' : ''}${sourceLine(s, words)}`)}.
            </p>
            ${
              profile.assumptions.length
                ? html`<p>
                    ${t('report.footer.assumptions', { assumptions: t(`report.profiles.${profile.id}.assumptions`) })}
                  </p>`
                : ''
            }
          </footer>
        </main>
      </body>
    </html> `;
  return page.__html;
}
