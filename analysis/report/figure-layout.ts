/**
 * Where the parts of the duration scale and the loudness chart go, for the app's card and the
 * HTML/PDF report alike. Pure geometry in the figure's own units (one unit is one CSS pixel when
 * the figure is drawn at its width), so a test can check that no label sits on another one or on
 * the marker, whatever the duration and the language.
 */

/** A rectangle in figure units: x from `left` to `right`, y from `top` down to `bottom`. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlacedLabel {
  text: string;
  /** Where the text is anchored, as SVG's `x`, `y` (baseline) and `text-anchor` take it. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The room the text takes, estimated wide (see `textWidthPx`). */
  box: Box;
}

/** The figures' text size (the app's and the report's stylesheets both draw SVG text at 11 px). */
const FONT_PX = 11;
/** Above and below an 11 px baseline: ascenders and digits reach 10 px up, descenders 3 px down. */
const ASCENT_PX = 10;
const DESCENT_PX = 3;

/**
 * Advance widths in em of DejaVu Sans, the system-ui of a Linux desktop and wider than macOS's or
 * Windows' UI fonts: a label measured with it takes at most this much room anywhere.
 */
const EM: Record<string, number> = {
  ' ': 0.318,
  '.': 0.318,
  ',': 0.318,
  ':': 0.337,
  '-': 0.361,
  '–': 0.5,
  '%': 0.95,
  '+': 0.838,
  '≥': 0.838,
  i: 0.278,
  j: 0.278,
  l: 0.278,
  f: 0.352,
  t: 0.392,
  r: 0.411,
  s: 0.521,
  m: 0.974,
  w: 0.818,
};
const DIGIT_EM = 0.636;
const LOWER_EM = 0.62;
const UPPER_EM = 0.78;
/** Bold DejaVu Sans is up to this much wider than its regular face. */
const BOLD = 1.15;

/** The width an 11 px label takes in a figure, estimated on the wide side. */
export function textWidthPx(text: string, bold = false): number {
  let em = 0;
  for (const ch of text) em += EM[ch] ?? (/\d/.test(ch) ? DIGIT_EM : ch !== ch.toLowerCase() ? UPPER_EM : LOWER_EM);
  // A pixel more than the advances: the glyphs' ink can reach a little past them.
  return em * FONT_PX * (bold ? BOLD : 1) + 1;
}

function label(text: string, x: number, baseline: number, anchor: PlacedLabel['anchor'], bold = false): PlacedLabel {
  const width = textWidthPx(text, bold);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return {
    text,
    x,
    y: baseline,
    anchor,
    box: { left, right: left + width, top: baseline - ASCENT_PX, bottom: baseline + DESCENT_PX },
  };
}

/** A label centred on `x` where it fits, else pushed just inside the figure's edge it would cross. */
function centredInside(text: string, x: number, baseline: number, width: number, bold: boolean): PlacedLabel {
  const half = textWidthPx(text, bold) / 2;
  if (x - half < 0) return label(text, 0, baseline, 'start', bold);
  if (x + half > width) return label(text, width, baseline, 'end', bold);
  return label(text, x, baseline, 'middle', bold);
}

/** Two boxes share some area, or come closer sideways than `gap`. */
export const overlaps = (a: Box, b: Box, gap = 0): boolean =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom && b.top < a.bottom;

export interface DurationScaleInput {
  durationSec: number;
  sweetSpotSec: readonly [number, number];
  /** The completion bands, each with its label ("85%+"). */
  bands: ReadonlyArray<{ fromSec: number; toSec: number | null; text: string }>;
  /** The figure's width in its own units (the app passes the card's width in CSS pixels). */
  width: number;
  text: {
    /** The draft's duration ("15.0 s"). */
    now: string;
    /** The sweet spot's label ("sweet spot 13–17 s"). */
    sweet: string;
    /** A boundary of the scale ("13", and "60 s" at its end). */
    tick(sec: number, isEnd: boolean): string;
  };
}

export interface DurationScaleLayout {
  width: number;
  height: number;
  endSec: number;
  bar: { top: number; bottom: number };
  /** The sweet spot: a green strip along the bar's lower edge. */
  sweet: Box;
  bands: Array<{ fromSec: number; left: number; width: number; current: boolean; label: PlacedLabel | null }>;
  /** Every boundary gets a tick mark; its number only where it clears the ones already named. */
  ticks: Array<{ sec: number; x: number; lineTop: number; lineBottom: number; label: PlacedLabel | null }>;
  /** The pointer above the bar at the draft's duration. */
  marker: { x: number; box: Box };
  nowLabel: PlacedLabel;
  sweetLabel: PlacedLabel;
}

/** Room kept between two tick numbers, and around a band's label inside its band. */
const TICK_GAP = 3;
const BAND_PAD = 2;

/**
 * The duration scale, in rows that never share a line: the draft's duration over its pointer, the
 * bands with their labels, the boundaries, and the sweet spot's label under its boundaries. So the
 * pointer never touches the sweet spot's label, the sweet spot never covers a band's label, and
 * within a row a label that would touch another is left out (a band's, a boundary's) or kept
 * inside the figure (the duration's, the sweet spot's).
 */
export function durationScaleLayout(input: DurationScaleInput): DurationScaleLayout {
  const W = input.width;
  const { durationSec } = input;
  const endSec = Math.max(60, Math.ceil((durationSec * 1.1) / 10) * 10);
  const x = (sec: number): number => (Math.min(Math.max(sec, 0), endSec) / endSec) * W;
  const [from, to] = input.sweetSpotSec;
  const nowBaseline = 12;
  const pointer = { top: 16, tip: 23 };
  const bar = { top: 24, bottom: 46 };
  const sweet: Box = { left: x(from), right: x(to), top: bar.bottom - 2, bottom: bar.bottom + 3 };
  const tickLine = { top: bar.bottom + 3, bottom: bar.bottom + 8 };
  const tickBaseline = bar.bottom + 20;
  const sweetBaseline = tickBaseline + 17;
  const height = sweetBaseline + 5;

  const bands = input.bands.map((band) => {
    const left = x(band.fromSec);
    const width = Math.max(0, x(band.toSec ?? endSec) - left);
    const current = durationSec >= band.fromSec && (band.toSec === null || durationSec < band.toSec);
    // Centred in its band, shown only where the band is wide enough for it.
    const fits = textWidthPx(band.text) + 2 * BAND_PAD <= width;
    return {
      fromSec: band.fromSec,
      left,
      width,
      current,
      label: fits ? label(band.text, left + width / 2, bar.bottom - 7, 'middle') : null,
    };
  });

  // Named in order of importance, each only where it clears the ones named before it: the scale's
  // ends, then the sweet spot's bounds, then the bands'.
  const boundaries = [...new Set([0, endSec, from, to, ...input.bands.map((b) => b.fromSec)])].filter(
    (sec) => sec >= 0 && sec <= endSec,
  );
  const named = new Map<number, PlacedLabel>();
  for (const sec of boundaries) {
    const anchor = sec === 0 ? 'start' : sec === endSec ? 'end' : 'middle';
    const placed = label(input.text.tick(sec, sec === endSec), x(sec), tickBaseline, anchor);
    const inside = placed.box.left >= 0 && placed.box.right <= W;
    if (inside && ![...named.values()].some((other) => overlaps(placed.box, other.box, TICK_GAP)))
      named.set(sec, placed);
  }
  const ticks = [...boundaries]
    .sort((a, b) => a - b)
    .map((sec) => ({
      sec,
      x: x(sec),
      lineTop: tickLine.top,
      lineBottom: tickLine.bottom,
      label: named.get(sec) ?? null,
    }));

  // Kept 6 px inside the figure, so a 0.3 s draft's pointer is not cut off at the edge.
  const markerX = Math.min(Math.max(x(durationSec), 6), W - 6);
  return {
    width: W,
    height,
    endSec,
    bar,
    sweet,
    bands,
    ticks,
    marker: { x: markerX, box: { left: markerX - 6, right: markerX + 6, top: pointer.top, bottom: pointer.tip } },
    nowLabel: centredInside(input.text.now, markerX, nowBaseline, W, true),
    sweetLabel: centredInside(input.text.sweet, (sweet.left + sweet.right) / 2, sweetBaseline, W, true),
  };
}

/**
 * The loudness chart's time axis and bars: the axis ends at the draft's duration, as its length is
 * given everywhere else. The last measurement window can reach past the end (the curve counts
 * half-second buckets, and audio may run on after the picture), so a bar past the end is left out
 * and one across it is cut there. Without a duration the axis runs over the whole curve.
 */
export function loudnessBars(
  curve: { stepSec: number; momentaryLufs: readonly number[] },
  durationSec: number,
): { spanSec: number; bars: Array<{ fromSec: number; toSec: number; lufs: number }> } {
  const spanSec = durationSec > 0 ? durationSec : curve.momentaryLufs.length * curve.stepSec;
  const bars = curve.momentaryLufs
    .map((lufs, i) => ({ fromSec: i * curve.stepSec, toSec: Math.min((i + 1) * curve.stepSec, spanSec), lufs }))
    .filter((bar) => bar.fromSec < spanSec - 1e-9);
  return { spanSec, bars };
}
