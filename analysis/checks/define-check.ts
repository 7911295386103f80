import type { CheckId } from './ids.js';
import type { Check, CheckDeclaration, CheckResult } from './types.js';

/**
 * A check declares its identity, label, weight, advisory flag and value format once; every result
 * it gives carries them, so the CLI, the reports and the UI never look a check up by a bare string.
 */
export function defineCheck<Id extends CheckId>(declaration: CheckDeclaration & { id: Id }): Check & { id: Id } {
  const { evaluate, format, compact, ...identity } = declaration;
  const formatValue = (value: number | string | null): string =>
    value === null ? '—' : typeof value === 'string' ? value : format ? format(value) : String(value);
  const compactValue = (value: number | string | null): string => (value === null || !compact ? '' : compact(value));
  return {
    ...identity,
    id: declaration.id,
    advisory: declaration.advisory ?? false,
    formatValue,
    compactValue,
    run(measurements, profile): CheckResult {
      const outcome = evaluate(measurements, profile);
      return {
        id: identity.id,
        title: identity.title,
        label: identity.label,
        status: outcome.status,
        value: outcome.value,
        valueText: outcome.valueText ?? formatValue(outcome.value),
        target: outcome.target,
        message: outcome.message,
        ...(outcome.details ? { details: outcome.details } : {}),
      };
    },
  };
}
