import type { Words } from '../../i18n/words.js';
import { containerName as shown } from '../../format/media-names.js';
import { defineCheck } from '../define-check.js';

export const containerCheck = defineCheck({
  id: 'spec.container',
  csvColumn: 'container',
  weight: 1,
  evaluate(m, profile, words: Words) {
    const { t, f } = words;
    const allowed = profile.spec.containers;
    const container = shown(m.container);
    // The value stays ffprobe's code (JSON, CSV); people read the names editors use, as in the message.
    const base = { value: m.container, valueText: container, target: f.list(allowed.map(shown)) };
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
