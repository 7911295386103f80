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
