import type { DraftReport } from '../model.js';

/**
 * How tightly a card is printed, so that a draft with many notes still fits its one A4 page. The
 * page has no script to measure itself, so the card's length is estimated from its text: lines of
 * the findings list (about 130 characters each) and rows of the checks table (its narrow columns
 * wrap at about 55 and 30 characters). Calibrated on the real exports (tests/integration/report).
 */
export type CardDensity = 'normal' | 'dense' | 'denser';

const lines = (text: string, perLine: number): number => Math.max(1, Math.ceil(text.length / perLine));

/** Estimated printed lines of the card's text; the pictures and figures take a fixed share. */
export function cardTextLines(draft: DraftReport): number {
  if (draft.result.status !== 'analyzed') return 0;
  const findings = draft.findings.reduce((sum, c) => sum + lines(`${c.title}: ${c.message}`, 130), 0);
  const rows = draft.result.scorecard.checks.reduce(
    (sum, c) => sum + Math.max(lines(c.message, 55), lines(c.target, 30), lines(c.title, 16)),
    0,
  );
  return findings + rows;
}

export function cardDensity(draft: DraftReport): CardDensity {
  const text = cardTextLines(draft);
  return text >= 48 ? 'denser' : text >= 40 ? 'dense' : 'normal';
}
