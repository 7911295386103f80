import type { Words } from '../../i18n/words.js';
import { defineCheck } from '../define-check.js';

/** How people write a container's name; the rest are their codes in capitals (MP4, MOV, WEBM). */
const SHOWN: Readonly<Record<string, string>> = { mpegts: 'MPEG-TS', mpeg: 'MPEG-PS', matroska: 'Matroska' };
const shown = (container: string): string => SHOWN[container] ?? container.toUpperCase();

export const containerCheck = defineCheck({
  id: 'spec.container',
  csvColumn: 'container',
  weight: 1,
  evaluate(m, profile, words: Words) {
    const { t, f } = words;
    const allowed = profile.spec.containers;
    const base = { value: m.container, target: f.list(allowed) };
    const container = shown(m.container);
    return allowed.includes(m.container)
      ? { ...base, status: 'pass', message: t('checks.spec.container.accepted', { container }) }
      : {
          ...base,
          status: 'fail',
          message: t('checks.spec.container.rejected', {
            container,
            profile: profile.name,
            preferred: shown(allowed[0]!),
          }),
        };
  },
});
