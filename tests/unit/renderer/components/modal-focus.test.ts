import { describe, expect, it } from 'vitest';
import { nextStop } from '../../../../renderer/src/components/modal-focus';

describe('nextStop (Tab inside a modal dialog)', () => {
  it('Tab moves on, and from the last control back to the first', () => {
    expect(nextStop(4, 0, false)).toBe(1);
    expect(nextStop(4, 3, false)).toBe(0);
  });

  it('Shift+Tab moves back, and from the first control round to the last', () => {
    expect(nextStop(4, 2, true)).toBe(1);
    expect(nextStop(4, 0, true)).toBe(3);
  });

  it('focus on none of them (the dialog itself) goes to the first, or with Shift to the last', () => {
    expect(nextStop(4, -1, false)).toBe(0);
    expect(nextStop(4, -1, true)).toBe(3);
  });
});
