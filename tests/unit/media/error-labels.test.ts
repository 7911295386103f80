import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../analysis/i18n/words.js';
import { ERROR_LABELS, errorAdvice, errorLabel } from '../../../analysis/media/error-labels.js';

describe('error labels', () => {
  it('every error code has a short label and a sentence that says what to do', () => {
    for (const [code, { label, advice }] of Object.entries(ERROR_LABELS)) {
      expect(label.length, code).toBeGreaterThan(3);
      expect(label.length, code).toBeLessThanOrEqual(24);
      expect(label, code).not.toContain('-');
      expect(advice, code).toMatch(/[.!]$/);
      expect(advice.length, code).toBeGreaterThan(20);
    }
  });

  it('labels known codes and passes unknown ones through', () => {
    expect(errorLabel('no-video-stream')).toBe('No video track');
    expect(errorLabel('something-new')).toBe('something-new');
  });

  it('reads the same English words as the table of labels, and Italian when asked', () => {
    for (const [code, { label, advice }] of Object.entries(ERROR_LABELS)) {
      expect(errorLabel(code), code).toBe(label);
      expect(errorAdvice(code), code).toBe(advice);
    }
    expect(errorLabel('no-video-stream', wordsFor('it'))).toBe('Nessuna traccia video');
  });
});
