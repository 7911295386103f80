import type { GreyFrame } from './frame-math.js';
import { changedShare, histogramDistance, isBlack, median, stepChange } from './frame-math.js';
import type { HookMeasurement } from './types.js';

/** A frame differs from the opening once 2 % of the picture has visibly changed. */
const CHANGE_THRESHOLD = 0.02;
/** A cut: the luma distribution jumps (histogram) and the pixels jump well above local motion. */
const CUT_HISTOGRAM = 0.3;
const CUT_MIN_CHANGE = 0.05;
const CUT_LOCAL_FACTOR = 3;
const CUT_MIN_GAP_SEC = 0.15;

const round = (value: number, digits = 4): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function frameChanges(frames: readonly GreyFrame[]): number[] {
  const changes: number[] = [];
  for (let i = 1; i < frames.length; i++) changes.push(stepChange(frames[i - 1]!, frames[i]!).meanAbsDiff);
  return changes;
}

/** Cut times: frame i starts a new shot (changes[i-1] is the step into frame i). */
export function detectCuts(frames: readonly GreyFrame[], changes: readonly number[]): number[] {
  const cuts: number[] = [];
  for (let k = 0; k < changes.length; k++) {
    const change = changes[k]!;
    if (change < CUT_MIN_CHANGE) continue;
    const neighbours = changes.filter((_, j) => j !== k && Math.abs(j - k) <= 5);
    if (neighbours.length > 0 && change < CUT_LOCAL_FACTOR * median(neighbours)) continue;
    const frame = frames[k + 1]!;
    if (histogramDistance(frame, frames[k]!) < CUT_HISTOGRAM) continue;
    const last = cuts[cuts.length - 1];
    if (last !== undefined && frame.tSec - last < CUT_MIN_GAP_SEC) continue;
    cuts.push(frame.tSec);
  }
  return cuts;
}

export function measureHook(frames: readonly GreyFrame[], windowSec: number): HookMeasurement {
  if (frames.length === 0) {
    return {
      windowSec,
      motion: 0,
      cutsSec: [],
      firstChangeSec: null,
      staticOpeningSec: windowSec,
      blackOpeningSec: 0,
      curve: { tSec: [], change: [] },
    };
  }
  const first = frames[0]!;
  const changes = frameChanges(frames);
  const changedIndex = frames.findIndex((frame, i) => i > 0 && changedShare(frame, first) >= CHANGE_THRESHOLD);
  const firstChangeSec = changedIndex > 0 ? round(frames[changedIndex]!.tSec, 3) : null;
  // A change on the very next frame means the opening never stood still.
  const staticOpeningSec =
    changedIndex === -1 ? windowSec : changedIndex === 1 ? 0 : round(frames[changedIndex]!.tSec, 3);
  const firstLit = frames.findIndex((frame) => !isBlack(frame));
  const blackOpeningSec = firstLit === -1 ? windowSec : round(frames[firstLit]!.tSec, 3);
  // Motion: the share of the picture that changes from one frame to the next, averaged.
  const moving = frames.slice(1).map((frame, i) => stepChange(frames[i]!, frame).changedShare);
  const motion = moving.length ? moving.reduce((sum, c) => sum + c, 0) / moving.length : 0;
  return {
    windowSec,
    motion: round(motion),
    cutsSec: detectCuts(frames, changes).map((t) => round(t, 3)),
    firstChangeSec,
    staticOpeningSec,
    blackOpeningSec,
    curve: { tSec: frames.slice(1).map((f) => round(f.tSec, 3)), change: changes.map((c) => round(c)) },
  };
}
