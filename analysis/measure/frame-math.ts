/** A small grey (luma) frame: what every visual measurement works on. */
export interface GreyFrame {
  tSec: number;
  width: number;
  height: number;
  data: Uint8Array;
}

/** Mean absolute luma difference, as a share of the full range (0–1). */
export function meanAbsDiff(a: GreyFrame, b: GreyFrame): number {
  return compare(a, b, CHANGE_LEVEL).meanAbsDiff;
}

/** Share of pixels (0–1) whose luma moved by more than `level` steps: "how much of the picture changed". */
export function changedShare(a: GreyFrame, b: GreyFrame, level = CHANGE_LEVEL): number {
  return compare(a, b, level).changedShare;
}

/** Luma steps a pixel must move to count as changed. */
const CHANGE_LEVEL = 12;

interface Comparison {
  meanAbsDiff: number;
  changedShare: number;
}

/** Both differences in one walk over the pixels. */
function compare(a: GreyFrame, b: GreyFrame, level: number): Comparison {
  const n = Math.min(a.data.length, b.data.length);
  if (n === 0) return { meanAbsDiff: 0, changedShare: 0 };
  const da = a.data;
  const db = b.data;
  let sum = 0;
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.abs(da[i]! - db[i]!);
    sum += d;
    if (d > level) changed++;
  }
  return { meanAbsDiff: sum / n / 255, changedShare: changed / n };
}

const steps = new WeakMap<GreyFrame, { previous: GreyFrame; comparison: Comparison }>();

/**
 * How a frame differs from the one before it, worked out once per pair: the hook figures and the
 * loop seam's normal motion both walk the opening's consecutive frames.
 */
export function stepChange(previous: GreyFrame, frame: GreyFrame): Comparison {
  const kept = steps.get(frame);
  if (kept?.previous === previous) return kept.comparison;
  const comparison = compare(frame, previous, CHANGE_LEVEL);
  steps.set(frame, { previous, comparison });
  return comparison;
}

export function meanAndStdev(frame: GreyFrame): { mean: number; stdev: number } {
  const n = frame.data.length;
  if (n === 0) return { mean: 0, stdev: 0 };
  let sum = 0;
  let sumSq = 0;
  for (const v of frame.data) {
    sum += v;
    sumSq += v * v;
  }
  const mean = sum / n;
  return { mean, stdev: Math.sqrt(Math.max(0, sumSq / n - mean * mean)) };
}

const HISTOGRAM_BINS = 32;

function histogram(frame: GreyFrame): Float64Array {
  const bins = new Float64Array(HISTOGRAM_BINS);
  for (const v of frame.data) bins[v >> 3]! += 1;
  const n = frame.data.length || 1;
  for (let i = 0; i < HISTOGRAM_BINS; i++) bins[i]! /= n;
  return bins;
}

/** Half the L1 distance of the luma histograms (0 = same distribution, 1 = disjoint). */
export function histogramDistance(a: GreyFrame, b: GreyFrame): number {
  const ha = histogram(a);
  const hb = histogram(b);
  let sum = 0;
  for (let i = 0; i < HISTOGRAM_BINS; i++) sum += Math.abs(ha[i]! - hb[i]!);
  return sum / 2;
}

const C1 = (0.01 * 255) ** 2;
const C2 = (0.03 * 255) ** 2;
const WINDOW = 8;
const STEP = 4;

/** Mean SSIM over 8×8 windows (stride 4) of two frames of the same size; 1 means identical. */
export function ssim(a: GreyFrame, b: GreyFrame): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error('ssim needs frames of the same size');
  const { width, height } = a;
  const win = Math.min(WINDOW, width, height);
  let total = 0;
  let count = 0;
  for (let y = 0; y + win <= height; y += STEP) {
    for (let x = 0; x + win <= width; x += STEP) {
      let sa = 0,
        sb = 0,
        saa = 0,
        sbb = 0,
        sab = 0;
      for (let dy = 0; dy < win; dy++) {
        const row = (y + dy) * width + x;
        for (let dx = 0; dx < win; dx++) {
          const va = a.data[row + dx] ?? 0;
          const vb = b.data[row + dx] ?? 0;
          sa += va;
          sb += vb;
          saa += va * va;
          sbb += vb * vb;
          sab += va * vb;
        }
      }
      const n = win * win;
      const ma = sa / n,
        mb = sb / n;
      const va = saa / n - ma * ma,
        vb = sbb / n - mb * mb,
        cov = sab / n - ma * mb;
      total += ((2 * ma * mb + C1) * (2 * cov + C2)) / ((ma * ma + mb * mb + C1) * (va + vb + C2));
      count++;
    }
  }
  return count === 0 ? 1 : total / count;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Blank: almost no detail (a flat colour, black, white). Threshold in 0–255 luma steps. */
export function isUniform(frame: GreyFrame, maxStdev = 6): boolean {
  return meanAndStdev(frame).stdev <= maxStdev;
}

export function isBlack(frame: GreyFrame, maxMean = 26): boolean {
  const { mean, stdev } = meanAndStdev(frame);
  return mean <= maxMean && stdev <= 12;
}
