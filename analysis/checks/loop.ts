import { beside } from '../format/figures.js';
import { wordsFor, type Words } from '../i18n/words.js';
import { defineCheck } from './define-check.js';
import { missingPass, unmeasuredOutcome } from './unmeasured.js';

export const loopCheck = defineCheck({
  id: 'loop',
  csvColumn: 'loop_similarity',
  weight: 1,
  // Nice to have, not a blocker: its warnings lower the score, not the verdict.
  advisory: true,
  // The value reads in words ("similarity 99%"): said in the language the figures are written in.
  format: (v, f) => wordsFor(f.lang).t('checks.loop.similarity', { similarity: f.percent(v) }),
  evaluate(m, profile, words: Words) {
    const { t, f } = words;
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
    const [similarity] = beside(l.seamSimilarity, loopableSimilarity, f.percent);
    const base = {
      value: l.seamSimilarity,
      valueText: t('checks.loop.similarity', { similarity }),
      target: t('checks.loop.target', {
        similarity: f.percent(loopableSimilarity),
        closeSimilarity: f.percent(minSimilarityForRatio),
        ratio: f.decimal(maxSeamToNormalRatio, 1),
      }),
      details,
    };
    const missing = missingPass(m, ['ending', 'opening']);
    if (missing) return unmeasuredOutcome(base, missing, words);
    if (l.edgesUniform) {
      const blank =
        l.firstFrameUniform && l.lastFrameUniform
          ? 'checks.loop.blankBoth'
          : l.firstFrameUniform
            ? 'checks.loop.blankFirst'
            : 'checks.loop.blankLast';
      return { ...base, status: 'warn', message: t(blank) };
    }
    if (l.seamSimilarity >= loopableSimilarity)
      return { ...base, status: 'pass', message: t('checks.loop.loops', { similarity }) };
    // Below the target but the jump at the seam is no bigger than the clip's own motion: the
    // message says which of the target's two rules it met.
    if (ratio <= maxSeamToNormalRatio && l.seamSimilarity >= minSimilarityForRatio)
      return {
        ...base,
        status: 'pass',
        message: t('checks.loop.loopsInMotion', { similarity, ratio: f.decimal(ratio, 1) }),
      };
    if (l.seamSimilarity >= nearLoopSimilarity) {
      return {
        ...base,
        status: 'warn',
        message: t('checks.loop.almost', { similarity, ratio: f.decimal(ratio, 1) }),
      };
    }
    return { ...base, status: 'warn', message: t('checks.loop.noLoop', { similarity }) };
  },
});
