import { list } from '../../format/figures.js';
import { defineCheck } from '../define-check.js';

export const containerCheck = defineCheck({
  id: 'spec.container',
  csvColumn: 'container',
  weight: 1,
  evaluate(m, profile) {
    const allowed = profile.spec.containers;
    const base = { value: m.container, target: list(allowed) };
    return allowed.includes(m.container)
      ? { ...base, status: 'pass', message: `${m.container.toUpperCase()} is accepted.` }
      : {
          ...base,
          status: 'fail',
          message: `${m.container.toUpperCase()} is not accepted by ${profile.name}. Re-export as ${allowed[0]!.toUpperCase()}.`,
        };
  },
});
