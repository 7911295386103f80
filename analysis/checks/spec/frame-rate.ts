import { fps as fpsText } from '../../format/figures.js';
import { defineCheck } from '../define-check.js';

export const frameRateCheck = defineCheck({
  id: 'spec.frame-rate',
  csvColumn: 'frame_rate_fps',
  weight: 1,
  format: fpsText,
  compact: (v) => (typeof v === 'number' ? `${Math.round(v)}` : ''),
  evaluate(m, profile) {
    const { minFps, maxFps } = profile.spec;
    const fps = m.fps;
    const base = {
      value: fps,
      target: `${minFps}–${fpsText(maxFps)}`,
      details: { variableFrameRate: m.variableFrameRate },
    };
    if (fps === null)
      return { ...base, status: 'warn', message: 'The frame rate could not be read. Export at a constant 30 fps.' };
    if (fps < minFps - 0.01 || fps > maxFps + 0.01) {
      return {
        ...base,
        status: 'fail',
        message: `${fpsText(fps)} is outside ${profile.name}'s ${minFps}–${fpsText(maxFps)}. Export at 30 fps.`,
      };
    }
    if (m.variableFrameRate) {
      return {
        ...base,
        status: 'warn',
        message: `Variable frame rate (about ${fpsText(fps)}), typical of phone and screen recordings: sound can drift after upload. Export at a constant 30 fps.`,
      };
    }
    return { ...base, status: 'pass', message: `${fpsText(fps)}, constant.` };
  },
});
