// The renderer's stylesheet, read as a file (this test needs Node, so it lives outside tests/unit/renderer).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(resolve(import.meta.dirname, '../../../renderer/src/styles.css'), 'utf8');

/** The colour variables of one theme block (the first :root is light, the one in the dark media query is dark). */
function theme(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}
const light = theme(CSS.slice(0, CSS.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...theme(CSS.slice(CSS.indexOf('@media (prefers-color-scheme: dark)'))) };

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme meets WCAG AA', (_name, colours) => {
  it.each(['ink', 'muted', 'accent', 'pass', 'warn', 'fail', 'error'])(
    '%s text on the page, the panels and the selected row (≥ 4.5:1)',
    (text) => {
      for (const ground of ['bg', 'panel', 'attention'])
        expect(contrast(colours[text]!, colours[ground]!), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(['pass', 'warn', 'fail', 'error'])('a %s verdict badge: its text on its colour (≥ 4.5:1)', (status) => {
    expect(contrast(colours['on-status']!, colours[status]!)).toBeGreaterThanOrEqual(4.5);
  });

  it('a primary button: its text on the accent colour (≥ 4.5:1)', () => {
    expect(contrast(colours['on-accent']!, colours.accent!)).toBeGreaterThanOrEqual(4.5);
  });

  it('picture edges (thumbnails, a black frame included) stand out from the page (≥ 3:1, non-text)', () => {
    expect(contrast(colours['frame-edge']!, colours.bg!)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours['frame-edge']!, '#000000')).toBeGreaterThanOrEqual(3);
  });
});
