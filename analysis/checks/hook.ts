import { percent, seconds } from './format.js';
import type { Check, CheckStatus } from './types.js';
import { missingPass, unmeasuredResult } from './unmeasured.js';

export const hookCheck: Check = {
  id: 'hook',
  title: 'Hook (opening seconds)',
  run(m, profile) {
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
    const base = {
      id: 'hook',
      title: 'Hook (opening seconds)',
      target: `change within ${warnStaticOpeningSec} s; motion or a cut in ${wholeClip ? `its ${seconds(window)}` : `the first ${window} s`}`,
      details,
    };
    const missing = missingPass(m, ['opening']);
    if (missing) return unmeasuredResult(base, missing);
    const result = { ...base, value: h.staticOpeningSec };
    const cuts = h.cutsSec.filter((t) => t <= window);
    const black = Math.min(h.blackOpeningSec, window);
    const still = Math.min(h.staticOpeningSec, window);
    let status: CheckStatus = 'pass';
    const problems: string[] = [];
    if (wholeClip && (black >= window - 0.001 || still >= window - 0.001)) {
      status = 'fail';
      problems.push(
        `the whole ${seconds(window)} clip is ${black >= window - 0.001 ? 'black' : 'a still picture'}: nothing happens at all. Put movement, a cut or changing text in it.`,
      );
    } else if (black >= attention || still >= attention) {
      status = 'fail';
      const isBlack = black >= attention;
      problems.push(
        `the first ${seconds(isBlack ? black : still)} are ${isBlack ? 'black' : 'frozen'}: nothing happens in the ${seconds(attention, attention % 1 ? 1 : 0)} viewers give a video. Cut the dead opening and start on the action.`,
      );
    } else if (still >= warnStaticOpeningSec || black >= warnStaticOpeningSec) {
      status = 'warn';
      problems.push(`the picture stands still for ${seconds(Math.max(still, black))} at the start. Trim it so something moves from the first frame.`);
    }
    if (status === 'pass' && cuts.length === 0 && h.motion < minMotion) {
      status = 'warn';
      problems.push(`little moves in ${span} (${percent(h.motion)} of the picture per frame, no cut). Open on movement, a cut or text that changes.`);
    }
    if (problems.length > 0) return { ...result, status, message: `Weak hook: ${problems.join(' ')}` };
    const evidence =
      cuts.length > 0
        ? `${cuts.length} cut${cuts.length > 1 ? 's' : ''} (first at ${seconds(cuts[0]!, 2)})`
        : `motion ${percent(h.motion)} of the picture per frame`;
    return { ...result, status, message: `Something happens from ${seconds(h.firstChangeSec ?? 0, 2)}: ${evidence} in ${span}.` };
  },
};
