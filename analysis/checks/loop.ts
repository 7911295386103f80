import { beside, percent } from '../format/figures.js';
import { defineCheck } from './define-check.js';
import { missingPass, unmeasuredOutcome } from './unmeasured.js';

export const loopCheck = defineCheck({
  id: 'loop',
  csvColumn: 'loop_similarity',
  weight: 1,
  // Nice to have, not a blocker: its warnings lower the score, not the verdict.
  advisory: true,
  format: (v) => `similarity ${percent(v)}`,
  evaluate(m, profile) {
    const l = m.loop;
    const { loopableSimilarity, maxSeamToNormalRatio, minSimilarityForRatio, nearLoopSimilarity } = profile.loop;
    // A static clip changes ~0 between frames; a floor keeps the ratio meaningful.
    const ratio = l.seamChange / Math.max(l.normalChange, 0.004);
    const details = {
      seamSimilarity: l.seamSimilarity,
      seamChange: l.seamChange,
      normalChange: l.normalChange,
      seamToNormalRatio: Math.round(ratio * 100) / 100,
      edgesUniform: l.edgesUniform,
    };
    // Enough digits that a similarity just under the target never reads as the target (94.6%, not 95%).
    const [similarity] = beside(l.seamSimilarity, loopableSimilarity, percent);
    const base = {
      value: l.seamSimilarity,
      valueText: `similarity ${similarity}`,
      target: `similarity ≥ ${percent(loopableSimilarity)}`,
      details,
    };
    const missing = missingPass(m, ['ending', 'opening']);
    if (missing) return unmeasuredOutcome(base, missing);
    if (l.edgesUniform) {
      const which =
        l.firstFrameUniform && l.lastFrameUniform
          ? 'first and last frames are'
          : l.firstFrameUniform
            ? 'first frame is'
            : 'last frame is';
      return {
        ...base,
        status: 'warn',
        message: `Not a loop: the ${which} blank (a fade or a title card), so each replay flashes an empty frame. End on the same picture you open with.`,
      };
    }
    const seamless =
      l.seamSimilarity >= loopableSimilarity ||
      (ratio <= maxSeamToNormalRatio && l.seamSimilarity >= minSimilarityForRatio);
    if (seamless)
      return {
        ...base,
        status: 'pass',
        message: `Loops: the last frame flows into the first (similarity ${similarity}), so replays feel continuous and count as extra watch time.`,
      };
    if (l.seamSimilarity >= nearLoopSimilarity) {
      return {
        ...base,
        status: 'warn',
        message: `Almost loops (similarity ${similarity}): the jump at the seam is ${ratio.toFixed(1)}× a normal frame change. Trim the end a little or match the last shot to the first.`,
      };
    }
    return {
      ...base,
      status: 'warn',
      message: `Does not loop: the last frame jumps to the first (similarity ${similarity}). Replays are a strong signal; end on a frame that leads back into the opening.`,
    };
  },
});
