import type { Words } from '../i18n/words.js';
import { defineCheck } from './define-check.js';
import type { CheckStatus } from './types.js';
import { missingPass, unmeasuredOutcome } from './unmeasured.js';

/** The value is the moment something first happens (or how long nothing does): the figure every message leads with. */
export const hookCheck = defineCheck({
  id: 'hook',
  csvColumn: 'hook_first_change_s',
  weight: 3,
  format: (v, f) => f.moment(v),
  evaluate(m, profile, words: Words) {
    const { t, f } = words;
    const h = m.hook;
    // The opening is judged on what the clip has: a 0.4 s clip has a 0.4 s opening, never 3 s.
    const window = Math.min(profile.hook.windowSec, h.windowSec);
    const attention = Math.min(profile.hook.attentionSec, window);
    const { warnStaticOpeningSec, minMotion } = profile.hook;
    const wholeClip = h.windowSec < profile.hook.windowSec;
    // "in its 0.4 s" / "in the first 3 s": the opening the target and the messages speak of.
    const span = t(wholeClip ? 'checks.hook.spanWholeClip' : 'checks.hook.spanFirst', {
      window: f.opening(h.windowSec, profile.hook.windowSec),
    });
    const details = {
      windowSec: window,
      firstChangeSec: h.firstChangeSec,
      staticOpeningSec: h.staticOpeningSec,
      blackOpeningSec: h.blackOpeningSec,
      cutsSec: h.cutsSec,
      motion: h.motion,
      firstSoundSec: m.audio.firstSoundSec,
    };
    const target = t('checks.hook.target', { still: f.seconds(warnStaticOpeningSec), span });
    const missing = missingPass(m, ['opening']);
    if (missing) return unmeasuredOutcome({ target, details }, missing, words);
    const cuts = h.cutsSec.filter((c) => c <= window);
    const black = Math.min(h.blackOpeningSec, window);
    const still = Math.min(h.staticOpeningSec, window);
    // At most one problem: the worst one the opening has.
    let status: CheckStatus = 'pass';
    let value = h.firstChangeSec ?? window;
    let problem: string | null = null;
    if (wholeClip && (black >= window - 0.001 || still >= window - 0.001)) {
      status = 'fail';
      value = window;
      problem = t(black >= window - 0.001 ? 'checks.hook.wholeClipBlack' : 'checks.hook.wholeClipStill', {
        window: f.seconds(window),
      });
    } else if (black >= attention || still >= attention) {
      status = 'fail';
      const isBlack = black >= attention;
      value = isBlack ? black : still;
      problem = t(isBlack ? 'checks.hook.openingBlack' : 'checks.hook.openingFrozen', {
        length: f.moment(value),
        attention: f.seconds(attention, attention % 1 ? 1 : 0),
      });
    } else if (still >= warnStaticOpeningSec || black >= warnStaticOpeningSec) {
      status = 'warn';
      value = Math.max(still, black);
      problem = t('checks.hook.stillStart', { length: f.moment(value) });
    }
    if (status === 'pass' && cuts.length === 0 && h.motion < minMotion) {
      status = 'warn';
      problem = t('checks.hook.littleMotion', { span, motion: f.percent(h.motion) });
    }
    if (problem !== null) return { status, value, target, details, message: problem };
    const evidence =
      cuts.length > 0
        ? t('checks.hook.cuts', { count: cuts.length, first: f.moment(cuts[0]!) })
        : t('checks.hook.motion', { motion: f.percent(h.motion) });
    return {
      status,
      value,
      target,
      details,
      message: t('checks.hook.happens', { moment: f.moment(value), evidence, span }),
    };
  },
});
