import type { Figures } from '../../format/figures.js';
import { english, type Words } from '../../i18n/words.js';
import type { AudioMeasurement, HookMeasurement } from '../../measure/types.js';
import type { Profile } from '../../profiles/types.js';
import { html, type RawHtml } from './escape.js';

/** Small inline SVG figures: no script, no external file, readable in print. */
const WIDE = 600;
const NARROW = 380;
const fmt = (n: number): string => (Math.round(n * 10) / 10).toString();

/** A number as it is, with the language's decimal mark: -14.2 → "-14,2" in Italian, 2 → "2". */
export function plain(value: number, f: Figures): string {
  const digits = Number.isFinite(value) ? (String(value).split('.')[1]?.length ?? 0) : 0;
  return Number.isFinite(value) && digits <= 20 ? f.decimal(value, digits) : String(value);
}

function svg(W: number, height: number, label: string, body: RawHtml[]): RawHtml {
  return html`<svg
    class="figure"
    viewBox="0 0 ${W} ${height}"
    role="img"
    aria-label="${label}"
    xmlns="http://www.w3.org/2000/svg"
  >
    ${body}
  </svg>`;
}

function marker(x: number, top: number, bottom: number, cls: string, label: string, labelY: number): RawHtml {
  return html`<line class="${cls}" x1="${fmt(x)}" x2="${fmt(x)}" y1="${top}" y2="${bottom}" /><text
      class="${cls}-label"
      x="${fmt(x + 3)}"
      y="${labelY}"
      >${label}</text
    >`;
}

/** Frame-to-frame change over the opening, with the cuts, the first sound and the attention limit. */
export function motionFigure(
  hook: HookMeasurement,
  options: { attentionSec: number; firstSoundSec: number | null },
  words: Words = english(),
): RawHtml {
  const W = WIDE;
  const H = 90;
  const top = 14;
  const bottom = H - 18;
  const x = (t: number): number => (Math.min(Math.max(t, 0), hook.windowSec) / hook.windowSec) * W;
  const peak = Math.max(0.05, ...hook.curve.change);
  const y = (c: number): number => bottom - (Math.min(c, peak) / peak) * (bottom - top);
  const points = hook.curve.tSec.map((t, i) => `${fmt(x(t))},${fmt(y(hook.curve.change[i] ?? 0))}`).join(' ');
  const ticks = words.f
    .windowTicks(hook.windowSec)
    .map(
      (tick) =>
        html`<text class="tick" x="${fmt(x(tick.tSec))}" y="${H - 4}" text-anchor="${tick.anchor}"
          >${tick.label}</text
        >`,
    );
  return svg(W, H, words.t('report.figures.motion'), [
    html`<rect class="attention" x="0" y="${top}" width="${fmt(x(options.attentionSec))}" height="${bottom - top}" />`,
    html`<line class="axis" x1="0" x2="${W}" y1="${bottom}" y2="${bottom}" />`,
    ...(points ? [html`<polyline class="curve" points="${points}" />`] : []),
    ...hook.cutsSec.map((t) => marker(x(t), top, bottom, 'cut', words.t('report.figures.cut'), top + 10)),
    ...(options.firstSoundSec !== null && options.firstSoundSec <= hook.windowSec
      ? [marker(x(options.firstSoundSec), top, bottom, 'sound', words.t('report.figures.firstSound'), top + 24)]
      : []),
    ...ticks,
  ]);
}

/** Momentary loudness over the whole draft against the profile's target. */
export function loudnessFigure(
  audio: AudioMeasurement,
  durationSec: number,
  profile: Profile,
  words: Words = english(),
): RawHtml | null {
  const curve = audio.loudnessCurve;
  if (!curve || curve.momentaryLufs.length === 0) return null;
  const W = NARROW;
  const H = 110;
  const top = 22;
  const bottom = H - 18;
  const floor = -50;
  const span = Math.max(durationSec, curve.momentaryLufs.length * curve.stepSec);
  const x = (t: number): number => (t / span) * W;
  const y = (lufs: number): number => top + (Math.min(0, Math.max(floor, lufs)) / floor) * (bottom - top);
  const bars = curve.momentaryLufs.map(
    (v, i) =>
      html`<rect
        class="loud"
        x="${fmt(x(i * curve.stepSec))}"
        y="${fmt(y(v))}"
        width="${fmt(Math.max(1, x(curve.stepSec) - 0.5))}"
        height="${fmt(bottom - y(v))}"
      />`,
  );
  const target = profile.audio.targetLufs;
  const f = words.f;
  return svg(W, H, words.t('report.figures.loudness'), [
    ...bars,
    html`<line class="target" x1="0" x2="${W}" y1="${fmt(y(target))}" y2="${fmt(y(target))}" /><text
        class="target-label"
        x="4"
        y="${fmt(y(target) - 3)}"
        >${words.t('report.figures.target', { lufs: plain(target, f) })}</text
      >`,
    ...(audio.integratedLufs !== null
      ? [
          html`<text class="tick" x="${W - 4}" y="11" text-anchor="end"
            >${words.t('report.figures.integrated', {
              lufs: plain(audio.integratedLufs, f),
              peak: audio.truePeakDbtp === null ? '—' : plain(audio.truePeakDbtp, f),
            })}</text
          >`,
        ]
      : []),
    html`<line class="axis" x1="0" x2="${W}" y1="${bottom}" y2="${bottom}" />`,
    html`<text class="tick" x="2" y="${H - 4}">0 s</text
      ><text class="tick" x="${W - 2}" y="${H - 4}" text-anchor="end">${plain(Number(fmt(span)), f)} s</text>`,
  ]);
}

/** The draft's length on a scale with the completion bands and the sweet spot. */
export function durationScale(durationSec: number, profile: Profile, words: Words = english()): RawHtml {
  const W = NARROW;
  const H = 84;
  const barTop = 22;
  const barBottom = 44;
  const end = Math.max(60, Math.ceil((durationSec * 1.1) / 10) * 10);
  const x = (t: number): number => (Math.min(t, end) / end) * W;
  const [sweetFrom, sweetTo] = profile.duration.sweetSpotSec;
  // Labels centred in their band (hidden when it is too narrow), so the outline and marker never cover them.
  const bands = profile.duration.bands.map((band) => {
    const from = x(band.fromSec);
    const width = Math.max(0, x(band.toSec ?? end) - from);
    return html`<rect
        class="band"
        x="${fmt(from)}"
        y="${barTop}"
        width="${fmt(width)}"
        height="${barBottom - barTop}"
      />${
        width >= 30
          ? html`<text class="band-label" x="${fmt(from + width / 2)}" y="${barBottom - 7}" text-anchor="middle"
              >${Math.round(band.requiredCompletion * 100)}%+</text
            >`
          : ''
      }`;
  });
  const ticks = [...new Set([0, sweetFrom, sweetTo, ...profile.duration.bands.map((b) => b.fromSec), end])]
    .filter((t) => t >= 0 && t <= end)
    .sort((a, b) => a - b)
    .map((t) => {
      const anchor = t === 0 ? 'start' : t === end ? 'end' : 'middle';
      return html`<line
          class="tick-line"
          x1="${fmt(x(t))}"
          x2="${fmt(x(t))}"
          y1="${barBottom + 3}"
          y2="${barBottom + 8}"
        /><text class="tick" x="${fmt(x(t))}" y="${barBottom + 18}" text-anchor="${anchor}"
          >${t === end ? `${plain(t, words.f)} s` : plain(t, words.f)}</text
        >`;
    });
  // Kept 6 px inside the figure, so a 0.3 s draft's pointer is not cut off at the edge.
  const marker = Math.min(Math.max(x(durationSec), 6), W - 6);
  return svg(W, H, words.t('report.figures.duration'), [
    ...bands,
    html`<rect
      class="sweet"
      x="${fmt(x(sweetFrom))}"
      y="${barTop - 3}"
      width="${fmt(x(sweetTo) - x(sweetFrom))}"
      height="${barBottom - barTop + 6}"
    />`,
    html`<text class="sweet-label" x="${fmt(x(sweetFrom))}" y="${barTop - 9}"
      >${words.t('report.figures.sweetSpot', { low: plain(sweetFrom, words.f), high: plain(sweetTo, words.f) })}</text
    >`,
    ...ticks,
    html`<path
      class="now"
      d="M ${fmt(marker - 6)} ${barTop - 8} L ${fmt(marker + 6)} ${barTop - 8} L ${fmt(marker)} ${barTop - 1} Z"
    />`,
    html`<line class="now" x1="${fmt(marker)}" x2="${fmt(marker)}" y1="${barBottom}" y2="${H - 16}" />`,
    html`<text class="now-label" x="${fmt(Math.min(Math.max(marker, 24), W - 24))}" y="${H - 3}" text-anchor="middle"
      >${words.f.seconds(durationSec)}</text
    >`,
  ]);
}
