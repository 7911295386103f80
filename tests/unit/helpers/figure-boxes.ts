/**
 * The labels and marks of an inline SVG figure (the app's or the report's markup), with the room
 * each takes, so a test can say which label sits on another one or on a mark. Text widths are the
 * layout's own wide estimate; a label that clears another by this estimate clears it on screen.
 */
import { overlaps, textWidthPx, type Box } from '../../../analysis/report/figure-layout.js';

export interface FigureLabel {
  className: string;
  text: string;
  box: Box;
}

const attrs = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
const num = (value: string | undefined): number => Number(value ?? 0);
/** The stylesheets draw these labels bold (wider). */
const BOLD = new Set(['now-label', 'sweet-label']);

/** Every `<text>` of the figure, with its box from its anchor, baseline and estimated width. */
export function figureLabels(svg: string): FigureLabel[] {
  return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text\s*>/g)].map((m) => {
    const a = attrs(m[1]!);
    const text = m[2]!.trim();
    const className = a.class ?? '';
    const width = textWidthPx(text, BOLD.has(className));
    const x = num(a.x);
    const anchor = a['text-anchor'] ?? 'start';
    const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
    const y = num(a.y);
    return { className, text, box: { left, right: left + width, top: y - 10, bottom: y + 3 } };
  });
}

/** The marks a label must keep off: the draft's pointer and line, and the sweet spot's shape. */
export function figureMarks(svg: string): Array<{ name: string; box: Box }> {
  const marks: Array<{ name: string; box: Box }> = [];
  for (const m of svg.matchAll(/<path\b([^>]*)\/?>/g)) {
    const a = attrs(m[1]!);
    if (a.class !== 'now') continue;
    const n = (a.d ?? '').match(/-?[\d.]+/g)!.map(Number);
    const xs = n.filter((_, i) => i % 2 === 0);
    const ys = n.filter((_, i) => i % 2 === 1);
    marks.push({
      name: 'pointer',
      box: { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) },
    });
  }
  for (const m of svg.matchAll(/<line\b([^>]*)\/?>/g)) {
    const a = attrs(m[1]!);
    if (a.class !== 'now') continue;
    const [x1, x2, y1, y2] = [num(a.x1), num(a.x2), num(a.y1), num(a.y2)];
    // drawn 3 px wide
    marks.push({
      name: 'marker line',
      box: {
        left: Math.min(x1, x2) - 1.5,
        right: Math.max(x1, x2) + 1.5,
        top: Math.min(y1, y2),
        bottom: Math.max(y1, y2),
      },
    });
  }
  for (const m of svg.matchAll(/<rect\b([^>]*)\/?>/g)) {
    const a = attrs(m[1]!);
    if (a.class !== 'sweet') continue;
    const [x, y] = [num(a.x), num(a.y)];
    marks.push({ name: 'sweet spot', box: { left: x, right: x + num(a.width), top: y, bottom: y + num(a.height) } });
  }
  return marks;
}

/** What is on top of what: "a" on "b" for each label on another label or on a mark. [] when all clear. */
export function collisions(svg: string): string[] {
  const labels = figureLabels(svg);
  const marks = figureMarks(svg);
  const found: string[] = [];
  labels.forEach((label, i) => {
    for (const other of labels.slice(i + 1))
      if (overlaps(label.box, other.box)) found.push(`"${label.text}" on "${other.text}"`);
    for (const mark of marks) if (overlaps(label.box, mark.box)) found.push(`"${label.text}" on the ${mark.name}`);
  });
  return found;
}

/** The labels that run past the figure's left or right edge. */
export function outside(svg: string): string[] {
  const width = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)?.[1]);
  return figureLabels(svg)
    .filter((label) => label.box.left < -0.5 || label.box.right > width + 0.5)
    .map((label) => `"${label.text}" at ${label.box.left.toFixed(1)}–${label.box.right.toFixed(1)} of ${width}`);
}
