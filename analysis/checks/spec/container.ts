import { list } from '../format.js';
import type { Check } from '../types.js';

export const containerCheck: Check = {
  id: 'spec.container',
  title: 'Container',
  run(m, profile) {
    const allowed = profile.spec.containers;
    const base = { id: 'spec.container', title: 'Container', value: m.container, target: list(allowed) };
    return allowed.includes(m.container)
      ? { ...base, status: 'pass', message: `${m.container.toUpperCase()} is accepted.` }
      : { ...base, status: 'fail', message: `${m.container.toUpperCase()} is not accepted by ${profile.name}. Re-export as ${allowed[0]!.toUpperCase()}.` };
  },
};
