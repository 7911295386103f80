import type { Words } from '../../i18n/words.js';
import { defineCheck } from '../define-check.js';

export const frameRateCheck = defineCheck({
  id: 'spec.frame-rate',
  csvColumn: 'frame_rate_fps',
  weight: 1,
  format: (v, f) => f.fps(v),
  compact: (v) => (typeof v === 'number' ? `${Math.round(v)}` : ''),
  evaluate(m, profile, words: Words) {
    const { t, f } = words;
    const { minFps, maxFps } = profile.spec;
    const fps = m.fps;
    // "23–60 fps": the low end as the profile writes it, in the reader's decimal mark.
    const range = `${f.decimal(minFps, (String(minFps).split('.')[1] ?? '').length)}–${f.fps(maxFps)}`;
    const base = {
      value: fps,
      target: range,
      details: { variableFrameRate: m.variableFrameRate },
    };
    if (fps === null) return { ...base, status: 'warn', message: t('checks.spec.frame-rate.unreadable') };
    if (fps < minFps - 0.01 || fps > maxFps + 0.01) {
      return {
        ...base,
        status: 'fail',
        message: t('checks.spec.frame-rate.outside', { fps: f.fps(fps), profile: profile.name, range }),
      };
    }
    if (m.variableFrameRate) {
      return { ...base, status: 'warn', message: t('checks.spec.frame-rate.variable', { fps: f.fps(fps) }) };
    }
    return { ...base, status: 'pass', message: t('checks.spec.frame-rate.constant', { fps: f.fps(fps) }) };
  },
});
