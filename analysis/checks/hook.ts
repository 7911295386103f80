import { percent, seconds } from './format.js';
import type { Check, CheckStatus } from './types.js';

export const hookCheck: Check = {
  id: 'hook',
  title: 'Hook (opening seconds)',
  run(m, profile) {
    const { attentionSec, warnStaticOpeningSec, minMotion, windowSec } = profile.hook;
    const h = m.hook;
    const details = {
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
      value: h.staticOpeningSec,
      target: `change within ${warnStaticOpeningSec} s; motion or a cut in the first ${windowSec} s`,
      details,
    };
    const cuts = h.cutsSec.filter((t) => t <= windowSec);
    let status: CheckStatus = 'pass';
    const problems: string[] = [];
    if (h.blackOpeningSec >= attentionSec || h.staticOpeningSec >= attentionSec) {
      status = 'fail';
      const black = h.blackOpeningSec >= attentionSec;
      const lead = Math.min(black ? h.blackOpeningSec : h.staticOpeningSec, windowSec);
      problems.push(
        `the first ${seconds(lead)} are ${black ? 'black' : 'frozen'}: nothing happens in the ${attentionSec} s viewers give a video. Cut the dead opening and start on the action.`,
      );
    } else if (h.staticOpeningSec >= warnStaticOpeningSec || h.blackOpeningSec >= warnStaticOpeningSec) {
      status = 'warn';
      const lead = Math.max(h.staticOpeningSec, h.blackOpeningSec);
      problems.push(`the picture stands still for ${seconds(lead)} at the start. Trim it so something moves from the first frame.`);
    }
    if (status === 'pass' && cuts.length === 0 && h.motion < minMotion) {
      status = 'warn';
      problems.push(
        `little moves in the first ${windowSec} s (${percent(h.motion)} of the picture per frame, no cut). Open on movement, a cut or text that changes.`,
      );
    }
    if (problems.length > 0) return { ...base, status, message: `Weak hook: ${problems.join(' ')}` };
    const evidence =
      cuts.length > 0
        ? `${cuts.length} cut${cuts.length > 1 ? 's' : ''} (first at ${seconds(cuts[0]!, 2)})`
        : `motion ${percent(h.motion)} of the picture per frame`;
    return { ...base, status, message: `Something happens from ${seconds(h.firstChangeSec ?? 0, 2)}: ${evidence} in the first ${windowSec} s.` };
  },
};
