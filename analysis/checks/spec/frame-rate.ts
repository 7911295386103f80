import type { Check } from '../types.js';

export const frameRateCheck: Check = {
  id: 'spec.frame-rate',
  title: 'Frame rate',
  run(m, profile) {
    const { minFps, maxFps } = profile.spec;
    const fps = m.fps;
    const base = {
      id: 'spec.frame-rate',
      title: 'Frame rate',
      value: fps,
      target: `${minFps}–${maxFps} fps`,
      details: { variableFrameRate: m.variableFrameRate },
    };
    if (fps === null) return { ...base, status: 'warn', message: 'The frame rate could not be read. Export at a constant 30 fps.' };
    if (fps < minFps - 0.01 || fps > maxFps + 0.01) {
      return { ...base, status: 'fail', message: `${fps} fps is outside ${profile.name}'s ${minFps}–${maxFps} fps. Export at 30 fps.` };
    }
    if (m.variableFrameRate) {
      return {
        ...base,
        status: 'warn',
        message: `Variable frame rate (about ${fps} fps), typical of phone and screen recordings: sound can drift after upload. Export at a constant 30 fps.`,
      };
    }
    return { ...base, status: 'pass', message: `${fps} fps, constant.` };
  },
};
