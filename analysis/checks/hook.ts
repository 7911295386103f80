import { moment, percent, seconds } from '../format/figures.js';
import { defineCheck } from './define-check.js';
import type { CheckStatus } from './types.js';
import { missingPass, unmeasuredOutcome } from './unmeasured.js';

/** The value is the moment something first happens (or how long nothing does): the figure every message leads with. */
export const hookCheck = defineCheck({
  id: 'hook',
  csvColumn: 'hook_first_change_s',
  weight: 3,
  format: moment,
  evaluate(m, profile) {
    const h = m.hook;
    // The opening is judged on what the clip has: a 0.4 s clip has a 0.4 s opening, never 3 s.
    const window = Math.min(profile.hook.windowSec, h.windowSec);
    const attention = Math.min(profile.hook.attentionSec, window);
    const { warnStaticOpeningSec, minMotion } = profile.hook;
    const wholeClip = h.windowSec < profile.hook.windowSec;
    const span = wholeClip ? `its ${seconds(window)}` : `the first ${seconds(window, 0)}`;
    const details = {
      windowSec: window,
      firstChangeSec: h.firstChangeSec,
      staticOpeningSec: h.staticOpeningSec,
      blackOpeningSec: h.blackOpeningSec,
      cutsSec: h.cutsSec,
      motion: h.motion,
      firstSoundSec: m.audio.firstSoundSec,
    };
    const target = `change within ${seconds(warnStaticOpeningSec)}; motion or a cut in ${wholeClip ? `its ${seconds(window)}` : `the first ${seconds(window, 0)}`}`;
    const missing = missingPass(m, ['opening']);
    if (missing) return unmeasuredOutcome({ target, details }, missing);
    const cuts = h.cutsSec.filter((t) => t <= window);
    const black = Math.min(h.blackOpeningSec, window);
    const still = Math.min(h.staticOpeningSec, window);
    let status: CheckStatus = 'pass';
    let value = h.firstChangeSec ?? window;
    const problems: string[] = [];
    if (wholeClip && (black >= window - 0.001 || still >= window - 0.001)) {
      status = 'fail';
      value = window;
      problems.push(
        `the whole ${seconds(window)} clip is ${black >= window - 0.001 ? 'black' : 'a still picture'}: nothing happens at all. Put movement, a cut or changing text in it.`,
      );
    } else if (black >= attention || still >= attention) {
      status = 'fail';
      const isBlack = black >= attention;
      value = isBlack ? black : still;
      problems.push(
        `the first ${moment(value)} are ${isBlack ? 'black' : 'frozen'}: nothing happens in the ${seconds(attention, attention % 1 ? 1 : 0)} viewers give a video. Cut the dead opening and start on the action.`,
      );
    } else if (still >= warnStaticOpeningSec || black >= warnStaticOpeningSec) {
      status = 'warn';
      value = Math.max(still, black);
      problems.push(
        `the picture stands still for ${moment(value)} at the start. Trim it so something moves from the first frame.`,
      );
    }
    if (status === 'pass' && cuts.length === 0 && h.motion < minMotion) {
      status = 'warn';
      problems.push(
        `little moves in ${span} (${percent(h.motion)} of the picture per frame, no cut). Open on movement, a cut or text that changes.`,
      );
    }
    if (problems.length > 0) return { status, value, target, details, message: `Weak hook: ${problems.join(' ')}` };
    const evidence =
      cuts.length > 0
        ? `${cuts.length} cut${cuts.length > 1 ? 's' : ''} (first at ${moment(cuts[0]!)})`
        : `motion ${percent(h.motion)} of the picture per frame`;
    return {
      status,
      value,
      target,
      details,
      message: `Something happens from ${moment(value)}: ${evidence} in ${span}.`,
    };
  },
});
