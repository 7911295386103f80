import type { Figures } from '../../format/figures.js';
import { english, type Words } from '../../i18n/words.js';
import type { AudioMeasurement, HookMeasurement } from '../../measure/types.js';
import type { Profile } from '../../profiles/types.js';
import { durationScaleLayout, loudnessBars, type PlacedLabel } from '../figure-layout.js';
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
  // The axis ends at the draft's duration (the curve cut there), labelled as the duration reads elsewhere.
  const { spanSec, bars: spans } = loudnessBars(curve, durationSec);
  const x = (t: number): number => (t / spanSec) * W;
  const y = (lufs: number): number => top + (Math.min(0, Math.max(floor, lufs)) / floor) * (bottom - top);
  const bars = spans.map(
    (bar) =>
      html`<rect
        class="loud"
        x="${fmt(x(bar.fromSec))}"
        y="${fmt(y(bar.lufs))}"
        width="${fmt(Math.min(W - x(bar.fromSec), Math.max(1, x(bar.toSec) - x(bar.fromSec) - 0.5)))}"
        height="${fmt(bottom - y(bar.lufs))}"
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
        >${words.t('report.figures.target', { lufs: f.tenths(target) })}</text
      >`,
    ...(audio.integratedLufs !== null
      ? [
          html`<text class="tick" x="${W - 4}" y="11" text-anchor="end"
            >${words.t('report.figures.integrated', {
              lufs: f.tenths(audio.integratedLufs),
              peak: audio.truePeakDbtp === null ? '—' : f.tenths(audio.truePeakDbtp),
            })}</text
          >`,
        ]
      : []),
    html`<line class="axis" x1="0" x2="${W}" y1="${bottom}" y2="${bottom}" />`,
    html`<text class="tick" x="2" y="${H - 4}">0 s</text
      ><text class="tick" x="${W - 2}" y="${H - 4}" text-anchor="end">${f.seconds(spanSec)}</text>`,
  ]);
}

/** The draft's length on a scale with the completion bands and the sweet spot. */
export function durationScale(durationSec: number, profile: Profile, words: Words = english()): RawHtml {
  const f = words.f;
  const [sweetFrom, sweetTo] = profile.duration.sweetSpotSec;
  // The app's layout, so no label sits on another one or on the pointer here either.
  const layout = durationScaleLayout({
    durationSec,
    sweetSpotSec: [sweetFrom, sweetTo],
    bands: profile.duration.bands.map((band) => ({ ...band, text: `${Math.round(band.requiredCompletion * 100)}%+` })),
    width: NARROW,
    text: {
      now: f.seconds(durationSec),
      sweet: words.t('report.figures.sweetSpot', { low: plain(sweetFrom, f), high: plain(sweetTo, f) }),
      tick: (sec, isEnd) => (isEnd ? `${plain(sec, f)} s` : plain(sec, f)),
    },
  });
  const { bar, sweet, marker } = layout;
  const text = (at: PlacedLabel, cls: string): RawHtml =>
    html`<text class="${cls}" x="${fmt(at.x)}" y="${at.y}" text-anchor="${at.anchor}">${at.text}</text>`;
  const bands = layout.bands.map(
    (band) =>
      html`<rect
          class="band"
          x="${fmt(band.left)}"
          y="${bar.top}"
          width="${fmt(band.width)}"
          height="${bar.bottom - bar.top}"
        />${band.label ? text(band.label, 'band-label') : ''}`,
  );
  const ticks = layout.ticks.map(
    (tick) =>
      html`<line
          class="tick-line"
          x1="${fmt(tick.x)}"
          x2="${fmt(tick.x)}"
          y1="${tick.lineTop}"
          y2="${tick.lineBottom}"
        />${tick.label ? text(tick.label, 'tick') : ''}`,
  );
  return svg(NARROW, layout.height, words.t('report.figures.duration'), [
    ...bands,
    ...ticks,
    html`<rect
      class="sweet"
      x="${fmt(sweet.left)}"
      y="${sweet.top}"
      width="${fmt(sweet.right - sweet.left)}"
      height="${sweet.bottom - sweet.top}"
      rx="2"
    />`,
    text(layout.sweetLabel, 'sweet-label'),
    html`<path
      class="now"
      d="M ${fmt(marker.box.left)} ${marker.box.top} L ${fmt(marker.box.right)} ${marker.box.top} L ${fmt(marker.x)} ${marker.box.bottom} Z"
    />`,
    text(layout.nowLabel, 'now-label'),
  ]);
}
