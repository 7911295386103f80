import { english, type MessageKey, type Words } from '../i18n/words.js';
import type { CheckId } from './ids.js';
import type { Check, CheckDeclaration, CheckResult } from './types.js';

/** Checks whose texts have a catalogue section of their own. */
const OWN_SECTION: Partial<Record<CheckId, string>> = { caption: 'caption', 'safe-zones': 'zones' };

/** A check's name and column label, from the catalogue (`checks.duration.title`, `checks.spec.bitrate.label`). */
export const checkText = (words: Words, id: CheckId, part: 'title' | 'label'): string =>
  words.t(`${OWN_SECTION[id] ?? `checks.${id}`}.${part}` as MessageKey);

/**
 * A check declares its identity, weight, advisory flag and value format once; every result it
 * gives carries them, in the reader's language, so the CLI, the reports and the UI never look a
 * check up by a bare string.
 */
export function defineCheck<Id extends CheckId>(declaration: CheckDeclaration & { id: Id }): Check & { id: Id } {
  const { evaluate, format, compact, ...identity } = declaration;
  const formatValue = (value: number | string | null, words: Words = english()): string =>
    value === null ? '—' : typeof value === 'string' ? value : format ? format(value, words.f) : String(value);
  const compactValue = (value: number | string | null, words: Words = english()): string =>
    value === null || !compact ? '' : compact(value, words.f);
  return {
    ...identity,
    id: declaration.id,
    advisory: declaration.advisory ?? false,
    csvNumeric: format !== undefined,
    title: (words) => checkText(words, declaration.id, 'title'),
    label: (words) => checkText(words, declaration.id, 'label'),
    formatValue,
    compactValue,
    run(measurements, profile, words = english(), inputs = {}): CheckResult {
      const outcome = evaluate(measurements, profile, words, inputs);
      return {
        id: identity.id,
        title: checkText(words, identity.id, 'title'),
        label: checkText(words, identity.id, 'label'),
        status: outcome.status,
        value: outcome.value,
        valueText: outcome.valueText ?? formatValue(outcome.value, words),
        target: outcome.target,
        message: outcome.message,
        ...(outcome.tip ? { tip: outcome.tip } : {}),
        ...(outcome.details ? { details: outcome.details } : {}),
      };
    },
  };
}
