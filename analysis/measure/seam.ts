import type { GreyFrame } from './frame-math.js';
import { isUniform, meanAbsDiff, median, ssim } from './frame-math.js';
import { frameChanges } from './hook.js';
import type { LoopMeasurement } from './types.js';

const EDGE_FRAMES = 15;
const round = (value: number): number => Math.round(value * 10000) / 10000;

/**
 * The loop seam: the last frame against the first, judged against how much consecutive frames
 * normally change near both ends. Blank edges are reported, because a fade from black to black
 * has identical ends without being a loop.
 */
export function measureSeam(headFrames: readonly GreyFrame[], tailFrames: readonly GreyFrame[]): LoopMeasurement {
  const first = headFrames[0];
  const last = tailFrames[tailFrames.length - 1];
  if (!first || !last) {
    return {
      seamSimilarity: 0,
      seamChange: 1,
      normalChange: 0,
      edgesUniform: false,
      firstFrameUniform: false,
      lastFrameUniform: false,
    };
  }
  const normal = median([
    ...frameChanges(headFrames.slice(0, EDGE_FRAMES + 1)),
    ...frameChanges(tailFrames.slice(-(EDGE_FRAMES + 1))),
  ]);
  const firstFrameUniform = isUniform(first);
  const lastFrameUniform = isUniform(last);
  return {
    seamSimilarity: round(Math.max(0, ssim(last, first))),
    seamChange: round(meanAbsDiff(last, first)),
    normalChange: round(normal),
    edgesUniform: firstFrameUniform || lastFrameUniform,
    firstFrameUniform,
    lastFrameUniform,
  };
}
